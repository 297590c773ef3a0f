package cn.scorecard.core.data;

/** 岗位 of an enforcement officer (执行干警). */
public enum StaffRole {
    JUDGE("员额法官"), ASSISTANT("法官助理"), CLERK("书记员"), OTHER("其他");

    private final String label;

    StaffRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static StaffRole parse(String text) {
        String t = text.trim();
        for (StaffRole r : values()) {
            if (r.label.equals(t) || r.name().equalsIgnoreCase(t)) return r;
        }
        if (t.contains("法官助理") || t.contains("审判辅助") || t.contains("辅助")) return ASSISTANT;
        if (t.contains("法官")) return JUDGE;
        if (t.contains("书记员")) return CLERK;
        return OTHER;
    }
}
