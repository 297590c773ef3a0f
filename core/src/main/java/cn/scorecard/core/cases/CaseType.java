package cn.scorecard.core.cases;

/** 案件类型, read from the type code (类型代字) in the case number. */
public enum CaseType {
    FIRST_ENFORCEMENT("执", "首次执行"),
    RESUMED_ENFORCEMENT("执恢", "恢复执行"),
    PRESERVATION("执保", "财产保全执行"),
    OBJECTION("执异", "执行异议"),
    REVIEW("执复", "执行复议"),
    SUPERVISION("执监", "执行监督"),
    COORDINATION("执协", "执行协调"),
    REQUEST("执请", "执行请示"),
    OTHER("执他", "其他执行");

    private final String code;
    private final String label;

    CaseType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static CaseType ofCode(String code) {
        for (CaseType t : values()) {
            if (t.code.equals(code)) return t;
        }
        throw new IllegalArgumentException("未知的案件类型代字: " + code);
    }

    /** 执行实施案件 (首次执行 and 恢复执行). */
    public boolean isImplementation() {
        return this == FIRST_ENFORCEMENT || this == RESUMED_ENFORCEMENT;
    }
}
