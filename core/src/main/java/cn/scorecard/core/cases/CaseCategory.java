package cn.scorecard.core.cases;

/** 案件类别 of the underlying title (执行依据). 执行到位率 excludes all but civil/commercial. */
public enum CaseCategory {
    CIVIL_COMMERCIAL("民商事"),
    CRIMINAL("刑事"),
    ADMINISTRATIVE("行政"),
    NON_LITIGATION("非诉"),
    LITIGATION_FEE("诉讼费"),
    ARBITRATION("仲裁"),
    NOTARIZED("公证");

    private final String label;

    CaseCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Counted by 执行到位率 (剔除刑事执行、行政执行、非诉执行以及诉讼费的执行). */
    public boolean countsForDeliveryRate() {
        return this == CIVIL_COMMERCIAL || this == ARBITRATION || this == NOTARIZED;
    }

    public static CaseCategory parse(String text) {
        String t = text.trim();
        for (CaseCategory c : values()) {
            if (t.startsWith(c.label) || c.name().equalsIgnoreCase(t)) return c;
        }
        if (t.startsWith("民事") || t.startsWith("商事")) return CIVIL_COMMERCIAL;
        if (t.startsWith("非诉讼")) return NON_LITIGATION;
        throw new IllegalArgumentException("未知的案件类别: " + text);
    }
}
