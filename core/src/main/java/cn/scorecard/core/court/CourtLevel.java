package cn.scorecard.core.court;

/** 法院层级. The order matters: a court's subordinates are one level below it. */
public enum CourtLevel {
    HIGH("高级"), INTERMEDIATE("中级"), BASIC("基层");

    private final String label;

    CourtLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the English name or the Chinese label (高级/高级法院/高院 …). */
    public static CourtLevel parse(String text) {
        String t = text.trim();
        for (CourtLevel level : values()) {
            if (level.name().equalsIgnoreCase(t) || t.startsWith(level.label)) {
                return level;
            }
        }
        if (t.equals("高院")) return HIGH;
        if (t.equals("中院")) return INTERMEDIATE;
        if (t.equals("基层院")) return BASIC;
        throw new IllegalArgumentException("未知的法院层级: " + text);
    }
}
