package cn.scorecard.core.data;

/** Where a petition (信访) was registered. */
public enum PetitionSource {
    /** 本院登记 (the court's own registration, within its district). */
    LOCAL("本院登记"),
    /** 最高法院交办: petitions that reached the Supreme People's Court and were assigned down. */
    SPC_ASSIGNED("最高法院交办");

    private final String label;

    PetitionSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static PetitionSource parse(String text) {
        String t = text.trim();
        for (PetitionSource s : values()) {
            if (s.label.equals(t) || s.name().equalsIgnoreCase(t)) return s;
        }
        if (t.contains("最高")) return SPC_ASSIGNED;
        if (t.contains("本院")) return LOCAL;
        throw new IllegalArgumentException("未知的信访来源: " + text);
    }
}
