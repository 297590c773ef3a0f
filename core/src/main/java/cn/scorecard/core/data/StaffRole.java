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

    /**
     * The label or the English name; anything else is refused rather than guessed (院长 is not a post of the
     * staff assessment): posts outside the three assessed ones are written 其他.
     */
    public static StaffRole parse(String text) {
        String t = text.trim();
        for (StaffRole r : values()) {
            if (r.label.equals(t) || r.name().equalsIgnoreCase(t)) return r;
        }
        throw new IllegalArgumentException("未知的岗位: " + text);
    }
}
