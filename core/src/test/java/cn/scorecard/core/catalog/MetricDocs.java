package cn.scorecard.core.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which data each metric of {@link KnownMetrics} reads (docs/data-format.md), for docs/indicators.md; what it
 * computes comes from the registry's own definition.
 * "Period" is the evaluation period (评估年度); "first-enforcement cases" are case type 执 (首次执行), without
 * 执恢, 执保 and the review types; "implementation cases" are 执 and 执恢.
 */
final class MetricDocs {
    private MetricDocs() {
    }

    record Doc(String data) {
    }

    static final Map<String, Doc> ALL = new LinkedHashMap<>();

    private static void put(String metric, String data) {
        ALL.put(metric, new Doc(data));
    }

    private static final String CASES = "案件.csv: 案号 (type code), 立案日期, 结案日期";
    private static final String STEPS = "流程节点.csv: ";

    static {
        // 监督管理 · 案件办理: closure rate = closed in period ÷ (pending at period start + filed in period)
        put("review_closure_rate", CASES);
        put("coordination_closure_rate", CASES);
        put("supervision_closure_rate", CASES);
        put("request_closure_rate", CASES);
        // 信访申诉
        put("petition_local_to_spc_ratio", "信访.csv: 来源, 登记日期");
        put("petition_case_ratio", "信访.csv: 来源, 登记日期; 案件.csv: 立案日期");
        put("petition_spc_resolution_rate", "信访.csv: 来源, 登记日期, 化解");
        put("petition_spc_conclusion_rate", "信访.csv: 来源, 登记日期, 办结日期");
        // 执行指挥中心事项管理
        put("delegation_on_time_rate", "事项.csv: 类型 = 事项委托, 收到日期, 办理期限, 办结日期");
        put("delegation_mean_days", "事项.csv: 类型 = 事项委托, 收到日期, 办结日期");
        put("supervised_on_time_rate", "事项.csv: 类型 = 督办, 收到日期, 办理期限, 办结日期");
        put("public_opinion_conclusion_rate", "事项.csv: 类型 = 涉执舆情, 收到日期, 办结日期");
        put("inspection_conclusion_rate", "事项.csv: 类型 = 督导, 收到日期, 办结日期");
        // 下级法院
        put("subordinates_online_auction_share", "法院.csv: 上级法院代码; 流程节点.csv of the subordinates: 拍卖启动 with 标志 网络");
        // 规范执行
        put("preservation_start_within_5_days", CASES + "; " + STEPS + "网络查控发起, 线上控制, 线下控制");
        put("preservation_online_search_share", CASES + "; " + STEPS + "网络查控发起");
        put("preservation_rate", "案件.csv: 案号, 立案日期; 法院统计.csv: 统计项 = 一审民商事案件数");
        put("property_report_order_share", CASES + "; " + STEPS + "报告财产令");
        put("report_refusal_sanction_count", STEPS + "罚款, 拘留, 移送拒执罪");
        put("online_search_within_5_days", CASES + "; " + STEPS + "网络查控发起");
        put("online_search_initiation_rate", CASES + "; " + STEPS + "网络查控发起");
        put("traditional_search_within_1_month", STEPS + "当事人提供财产线索, 线下查询");
        put("online_control_within_48_hours", STEPS + "网络查控发现财产, 线上控制");
        put("offline_control_within_10_workdays", STEPS + "发现需线下控制财产 (标志 异地), 线下控制; the work-day calendar (节假日.csv)");
        put("assessment_start_within_30_days", STEPS + "需要评估, 评估启动");
        put("assessment_report_served_within_5_workdays", STEPS + "评估报告收到, 评估报告送达; the work-day calendar");
        put("auction_start_within_30_days", STEPS + "需要拍卖, 拍卖启动");
        put("online_auction_rate", STEPS + "拍卖启动 (标志 网络)");
        put("payment_release_timeliness", STEPS + "执行款到账 (时间, 结束时间, 标志 经审批)");
        put("dishonest_revocation_rate", STEPS + "纳入失信, 撤销失信");
        put("termination_compliance_rate", CASES + ", 结案方式, 下落不明, 不适用失信; 流程节点.csv; 终本复核.csv");
        put("recorder_use_share", STEPS + "强制执行行动 (标志 执法记录仪)");
        put("recorder_archive_share", STEPS + "强制执行行动 (标志 执法记录仪, 已归档)");
        put("bankruptcy_referral_accepted_count", STEPS + "移送破产审查, 破产受理");
        put("bankruptcy_referral_count", STEPS + "移送破产审查");
        put("data_entry_error_rate", "案件.csv: 结案日期, 到位金额, 案件类别, 申请标的额, 承办法官; " + STEPS + "拍卖成交, 拍卖案款到账, 执行款到账 (金额)");
        put("key_node_mean_overdue", CASES + "; 流程节点.csv; the work-day calendar");
        // 阳光执行
        put("control_ruling_served_share", STEPS + "线上控制, 线下控制, 控制裁定送达");
        put("disposal_ruling_served_share", STEPS + "财产处分, 处分裁定送达");
        put("node_notice_share", CASES + "; " + STEPS + "节点告知");
        put("ruling_published_share", CASES + "; " + STEPS + "文书公开");
        put("termination_ruling_published_share", CASES + ", 结案方式; " + STEPS + "文书公开");
        // 执行保障
        put("enforcement_staff_ratio", "法院统计.csv: 执行局在编人数, 法院在编总人数");
        put("judge_quota_ratio_vs_trial", "法院统计.csv: 执行局员额法官数, 执行局中央政法编制人数, 业务庭员额法官数, 业务庭中央政法编制人数");
        put("age_structure_share", "人员.csv: 出生日期, 政法编制, 执行局, 入职日期, 离岗日期");
        put("discipline_count", "违法违纪.csv: 日期, 处理类型, 因执行工作");
        // 执行质效
        put("actual_closure_rate", CASES + ", 结案方式");
        put("fulfilment_rate", CASES + ", 结案方式");
        put("delivery_rate", CASES + ", 结案方式, 案件类别, 申请标的额, 到位金额");
        put("statutory_period_closure_rate", CASES + "; " + STEPS + "扣除期间, 延长期限");
        put("asset_cases_statutory_actual_closure_rate", CASES + ", 结案方式; " + STEPS + "扣除期间, 延长期限, 拍卖启动 (标志 网络)");
        put("objection_closure_rate", CASES);
        put("state_compensation_count", "国家赔偿.csv: 决定日期, 因执行");
    }
}
