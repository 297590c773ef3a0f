package cn.scorecard.core.cases;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 案号 such as （2024）豫1302执123号: year, court prefix, type code and sequence. */
public record CaseNumber(String text, int year, String courtPrefix, CaseType type, int sequence) {
    private static final Pattern FORMAT =
            Pattern.compile("^[（(](\\d{4})[）)]\\s*(.*?)(执[恢保异复监协请他]?)(\\d{1,7})号$");

    public static CaseNumber parse(String text) {
        if (text == null) throw new IllegalArgumentException("案号为空");
        String t = text.trim();
        Matcher m = FORMAT.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("案号格式不正确: " + text + "（应如 （2024）豫1302执123号）");
        }
        return new CaseNumber(t, Integer.parseInt(m.group(1)), m.group(2), CaseType.ofCode(m.group(3)),
                Integer.parseInt(m.group(4)));
    }

    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text.trim()).matches();
    }
}
