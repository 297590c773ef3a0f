package cn.scorecard.core.data;

/** The court statistics the catalog needs (法院统计). */
public enum StatisticItem {
    FIRST_INSTANCE_CIVIL_CASES("一审民商事案件数"),
    COURT_ESTABLISHMENT("法院在编总人数"),
    ENFORCEMENT_ESTABLISHMENT("执行局在编人数"),
    ENFORCEMENT_ESTABLISHMENT_POLITICAL("执行局中央政法编制人数"),
    ENFORCEMENT_QUOTA_JUDGES("执行局员额法官数"),
    TRIAL_ESTABLISHMENT_POLITICAL("业务庭中央政法编制人数"),
    TRIAL_QUOTA_JUDGES("业务庭员额法官数");

    private final String label;

    StatisticItem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static StatisticItem parse(String text) {
        String t = text.trim();
        for (StatisticItem s : values()) {
            if (s.label.equals(t) || s.name().equalsIgnoreCase(t)) return s;
        }
        throw new IllegalArgumentException("未知的统计项: " + text);
    }
}
