package cn.scorecard.app.upload;

import cn.scorecard.core.cases.CaseCategory;
import cn.scorecard.core.cases.ClosingMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The columns of ours whose values come from a vocabulary, what they accept (as the strict reader does) and the
 * choices of the value picker: court codes, 结案方式, 案件类别, yes/no.
 */
final class Vocabularies {
    private static final Set<String> YES_NO = Set.of("是", "否", "1", "0", "Y", "N", "y", "n", "true", "false");
    private static final Set<String> YES_NO_COLUMNS = Set.of("下落不明", "不适用失信", "未纳入流程系统", "直辖市", "重点城市",
            "政法编制", "执行局", "进京访", "化解", "因违法执行引发", "因执行", "因执行工作", "合格");
    private static final Set<String> COURT_COLUMNS = Set.of("法院代码", "上级法院代码");
    private static final Set<String> DATE_COLUMNS = Set.of("立案日期", "结案日期", "时间", "结束时间", "出生日期", "入职日期",
            "离岗日期", "登记日期", "办结日期", "收到日期", "办理期限", "决定日期", "日期");
    /** What the strict reader takes as a date without a profile's format. */
    private static final Pattern OUR_DATE = Pattern.compile("\\d{4}[-/年]\\d{1,2}[-/月]\\d{1,2}日?([ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?");

    /** A choice: the value written and what the picker shows. */
    record Option(String value, String label) {
    }

    private Vocabularies() {
    }

    static boolean hasVocabulary(String column) {
        return COURT_COLUMNS.contains(column) || YES_NO_COLUMNS.contains(column) || column.equals("结案方式")
                || column.equals("案件类别");
    }

    static boolean isDate(String column) {
        return DATE_COLUMNS.contains(column);
    }

    static boolean isOurDate(String text) {
        return OUR_DATE.matcher(text).matches();
    }

    static boolean accepts(String column, String value, List<String[]> courts) {
        if (COURT_COLUMNS.contains(column)) return courts.stream().anyMatch(c -> c[0].equals(value));
        if (YES_NO_COLUMNS.contains(column)) return YES_NO.contains(value);
        try {
            if (column.equals("结案方式")) ClosingMethod.parse(value);
            else if (column.equals("案件类别")) CaseCategory.parse(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static List<Option> options(String column, List<String[]> courts) {
        List<Option> out = new ArrayList<>();
        if (COURT_COLUMNS.contains(column)) {
            for (String[] c : courts) out.add(new Option(c[0], c[0] + " " + c[1]));
        } else if (YES_NO_COLUMNS.contains(column)) {
            out.add(new Option("是", "是"));
            out.add(new Option("否", "否"));
        } else if (column.equals("结案方式")) {
            for (ClosingMethod m : ClosingMethod.values()) out.add(new Option(m.label(), m.label()));
        } else if (column.equals("案件类别")) {
            for (CaseCategory c : CaseCategory.values()) out.add(new Option(c.label(), c.label()));
        }
        return out;
    }
}
