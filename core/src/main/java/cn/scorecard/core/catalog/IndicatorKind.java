package cn.scorecard.core.catalog;

/** Where an indicator's value comes from. */
public enum IndicatorKind {
    /** An inner node: its score is the weighted mean of its children. */
    GROUP,
    /** 系统自动提取: computed from case data (or other imported records) by a named metric. */
    COMPUTED,
    /** Assessed from evidence (佐证材料): met / not met / partial with a reason. */
    EVIDENCE,
    /** A count against a required number (每年2次或2次以上); the count comes from evidence or a metric. */
    FREQUENCY,
    /** Must be zero (国家赔偿, 违法违纪); the count comes from a metric or evidence. */
    MUST_BE_ZERO,
    /** 所辖评估法院的均值: the mean total of the evaluated subordinate courts. */
    SUBORDINATE_MEAN
}
