package cn.scorecard.core.termination;

/**
 * The conditions of 最高人民法院《关于严格规范终结本次执行程序的规定（试行）》(法〔2016〕373号, in force 2016-12-01),
 * art. 1 and art. 3 to 5, as checked case by case. Each must be met on or before the 终本 closing day.
 */
public enum TerminationCondition {
    EXECUTION_NOTICE("已向被执行人发出执行通知", "第一条第（一）项"),
    PROPERTY_REPORT_ORDER("已责令被执行人报告财产（报告财产令）", "第一条第（一）项"),
    CONSUMPTION_RESTRICTION("已向被执行人发出限制消费令", "第一条第（二）项"),
    DISHONEST_LISTED("符合条件的已将被执行人纳入失信被执行人名单", "第一条第（二）项"),
    ONLINE_SEARCH("已通过网络执行查控系统查询被执行人财产", "第一条第（三）项、第三条"),
    TRADITIONAL_SEARCH("已采取传统调查措施（线下查询）", "第一条第（三）项、第三条"),
    THREE_MONTHS("自立案之日起已超过三个月", "第一条第（四）项"),
    WHEREABOUTS_SEARCH("被执行人下落不明的，已依法查找", "第一条第（五）项"),
    APPLICANT_INFORMED("已将财产调查情况告知申请执行人并听取意见", "第五条");

    private final String label;
    private final String article;

    TerminationCondition(String label, String article) {
        this.label = label;
        this.article = article;
    }

    public String label() {
        return label;
    }

    public String article() {
        return article;
    }
}
