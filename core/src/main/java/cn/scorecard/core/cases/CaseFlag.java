package cn.scorecard.core.cases;

/** Yes/no facts about a case, kept as bits of one int column. */
public enum CaseFlag {
    /** 有网络司法拍卖: the absolute period of 有财产案件 becomes 12 months. */
    ONLINE_AUCTION,
    /** Any auction (网络 or not) was started. */
    AUCTION,
    /** 被执行人下落不明: the 终本 check requires a whereabouts search. */
    WHEREABOUTS_UNKNOWN,
    /** 依法不得纳入失信 (e.g. the debtor has performed what the law allows): 终本 does not require 失信. */
    DISHONEST_NOT_APPLICABLE,
    /** The property to control offline is in another place (需异地控制): exempt from the 10-work-day rule. */
    REMOTE_CONTROL,
    /** The case was not entered in the case-flow system (未纳入流程管理). */
    OUTSIDE_SYSTEM;

    public int bit() {
        return 1 << ordinal();
    }
}
