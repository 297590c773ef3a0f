package cn.scorecard.core.data;

/** An assessor's finding on a documentary indicator. */
public enum EvidenceStatus {
    MET("达标"), NOT_MET("未达标"), NOT_APPLICABLE("不适用"), PARTIAL("部分达标");

    private final String label;

    EvidenceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static EvidenceStatus parse(String text) {
        String t = text.trim();
        for (EvidenceStatus s : values()) {
            if (s.label.equals(t) || s.name().equalsIgnoreCase(t)) return s;
        }
        if (t.equals("是") || t.equals("有")) return MET;
        if (t.equals("否") || t.equals("无")) return NOT_MET;
        throw new IllegalArgumentException("未知的佐证状态: " + text);
    }
}
