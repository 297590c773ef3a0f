package cn.scorecard.core.cases;

/**
 * A process step (流程节点) of a case. The case table keeps the time of its first occurrence; for a
 * {@link #repeatable()} step — one that answers a trigger and may be taken more than once (a second
 * 线下查询, a second round of 拍卖) — it keeps every occurrence, so that the one at or after the trigger can be
 * found ({@link CaseTable#stepAtOrAfter}). Steps that repeat with their own data (执行款, 强制执行行动, 扣除期间,
 * 延长期限) have tables of their own.
 */
public enum StepType {
    EXECUTION_NOTICE("执行通知"),
    PROPERTY_REPORT_ORDER("报告财产令"),
    ONLINE_SEARCH_START("网络查控发起"),
    ONLINE_PROPERTY_FOUND("网络查控发现财产"),
    ONLINE_CONTROL("线上控制", true),
    OFFLINE_PROPERTY_FOUND("发现需线下控制财产"),
    OFFLINE_CONTROL("线下控制", true),
    CLUE_PROVIDED("当事人提供财产线索"),
    TRADITIONAL_SEARCH("线下查询", true),
    ASSESSMENT_NEEDED("需要评估"),
    ASSESSMENT_START("评估启动", true),
    ASSESSMENT_REPORT_RECEIVED("评估报告收到"),
    ASSESSMENT_REPORT_SERVED("评估报告送达", true),
    AUCTION_NEEDED("需要拍卖"),
    AUCTION_START("拍卖启动", true),
    AUCTION_SOLD("拍卖成交"),
    AUCTION_PROCEEDS_RECEIVED("拍卖案款到账"),
    FINE("罚款"),
    DETENTION("拘留"),
    CRIMINAL_REFERRAL("移送拒执罪"),
    CONSUMPTION_RESTRICTION("限制消费"),
    DISHONEST_LISTED("纳入失信"),
    DISHONEST_REVOKED("撤销失信"),
    BANKRUPTCY_REFERRAL("移送破产审查"),
    BANKRUPTCY_ACCEPTED("破产受理"),
    CONTROL_RULING_SERVED("控制裁定送达"),
    DISPOSAL("财产处分"),
    DISPOSAL_RULING_SERVED("处分裁定送达"),
    NODE_NOTICE("节点告知"),
    DOCUMENT_PUBLISHED("文书公开"),
    WHEREABOUTS_SEARCH("下落查找"),
    APPLICANT_INFORMED("告知申请人");

    private final String label;
    private final boolean repeatable;

    StepType(String label) {
        this(label, false);
    }

    StepType(String label, boolean repeatable) {
        this.label = label;
        this.repeatable = repeatable;
    }

    public String label() {
        return label;
    }

    /** Every occurrence is kept (not only the first): the step answers a trigger and may be taken again. */
    public boolean repeatable() {
        return repeatable;
    }

    public static StepType parse(String text) {
        String t = text.trim();
        for (StepType s : values()) {
            if (s.label.equals(t) || s.name().equalsIgnoreCase(t)) return s;
        }
        throw new IllegalArgumentException("未知的流程节点: " + text);
    }

    public static boolean isKnown(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
