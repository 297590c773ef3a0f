package cn.scorecard.core.data;

/** Matters managed by the enforcement command centre (执行指挥中心). */
public enum MatterType {
    DELEGATION("事项委托"), SUPERVISED("督办"), PUBLIC_OPINION("涉执舆情"), INSPECTION("督导");

    private final String label;

    MatterType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static MatterType parse(String text) {
        String t = text.trim();
        for (MatterType m : values()) {
            if (t.startsWith(m.label) || m.name().equalsIgnoreCase(t)) return m;
        }
        if (t.startsWith("督办")) return SUPERVISED;
        if (t.startsWith("舆情")) return PUBLIC_OPINION;
        throw new IllegalArgumentException("未知的事项类型: " + text);
    }
}
