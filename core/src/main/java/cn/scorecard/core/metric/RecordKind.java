package cn.scorecard.core.metric;

/** What the ids of a {@link RecordSet} point at. */
public enum RecordKind {
    CASE("案件"), PAYMENT("执行款"), FIELD_ACTION("强制执行行动"), PETITION("信访"), MATTER("事项"),
    COMPENSATION("国家赔偿"), DISCIPLINE("违法违纪"), STAFF("人员"), COURT("法院"), STATISTIC("法院统计");

    private final String label;

    RecordKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
