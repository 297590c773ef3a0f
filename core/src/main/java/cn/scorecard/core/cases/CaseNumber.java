package cn.scorecard.core.cases;

/**
 * 案号 such as （2024）豫1302执123号: year, court prefix, type code and sequence. The format, as a regular
 * expression, is {@code ^[（(](\d{4})[）)]\s*(.*?)(执[恢保异复监协请他]?)(\d{1,7})号$}; it is parsed by hand because
 * an import checks a million of them and a backtracking match costs several times more.
 */
public record CaseNumber(String text, int year, String courtPrefix, CaseType type, int sequence) {
    private static final String TYPE_CHARS = "恢保异复监协请他";

    public static CaseNumber parse(String text) {
        if (text == null) throw new IllegalArgumentException("案号为空");
        CaseNumber n = tryParse(text.trim());
        if (n == null) throw new IllegalArgumentException("案号格式不正确: " + text + "（应如 （2024）豫1302执123号）");
        return n;
    }

    public static boolean isValid(String text) {
        return text != null && tryParse(text.trim()) != null;
    }

    /** The parsed number, or null when the (trimmed) text does not match the format. */
    private static CaseNumber tryParse(String t) {
        int n = t.length();
        if (n < 9 || (t.charAt(0) != '（' && t.charAt(0) != '(') || t.charAt(n - 1) != '号') return null;
        int year = digits(t, 1, 5);
        if (year < 0 || (t.charAt(5) != '）' && t.charAt(5) != ')')) return null;
        int digitsStart = n - 1;
        while (digitsStart > 6 && isDigit(t.charAt(digitsStart - 1))) digitsStart--;
        int count = n - 1 - digitsStart;
        if (count < 1 || count > 7) return null;
        int typeStart = digitsStart - 1; // 执, or the type character after 执
        if (typeStart < 6) return null;
        char c = t.charAt(typeStart);
        if (c != '执') {
            if (TYPE_CHARS.indexOf(c) < 0 || typeStart - 1 < 6 || t.charAt(typeStart - 1) != '执') return null;
            typeStart--;
        }
        int prefixStart = 6;
        while (prefixStart < typeStart && " \t\n\u000B\f\r".indexOf(t.charAt(prefixStart)) >= 0) prefixStart++; // regex \s
        return new CaseNumber(t, year, t.substring(prefixStart, typeStart),
                CaseType.ofCode(t.substring(typeStart, digitsStart)), digits(t, digitsStart, n - 1));
    }

    /** The value of the ASCII digits in [from, to), or -1 if any is not one. */
    private static int digits(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (!isDigit(c)) return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
