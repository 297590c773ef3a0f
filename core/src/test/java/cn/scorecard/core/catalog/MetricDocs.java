package cn.scorecard.core.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each metric of {@link KnownMetrics} measures and which data it reads (docs/data-format.md), for
 * docs/indicators.md. The engine's metric registry is authoritative; this is the catalog's description of it.
 * "Period" is the evaluation period (评估年度); "first-enforcement cases" are case type 执 (首次执行), without
 * 执恢, 执保 and the review types; "implementation cases" are 执 and 执恢.
 */
final class MetricDocs {
    private MetricDocs() {
    }

    record Doc(String formula, String data) {
    }

    static final Map<String, Doc> ALL = new LinkedHashMap<>();

    private static void put(String metric, String formula, String data) {
        ALL.put(metric, new Doc(formula, data));
    }

    private static final String CASES = "案件.csv: 案号 (type code), 立案日期, 结案日期";
    private static final String STEPS = "流程节点.csv: ";

    static {
        // 监督管理 · 案件办理: closure rate = closed in period ÷ (pending at period start + filed in period)
        put("review_closure_rate", "执复 cases closed in the period ÷ (执复 pending at period start + filed in the period)", CASES);
        put("coordination_closure_rate", "the same closure rate for 执协 cases", CASES);
        put("supervision_closure_rate", "the same closure rate for 执监 cases", CASES);
        put("request_closure_rate", "the same closure rate for 执请 cases", CASES);
        // 信访申诉
        put("petition_local_to_spc_ratio", "petitions registered by the court (来源 = 本院登记) ÷ petitions newly assigned by the SPC (来源 = 最高法院交办), both in the period",
                "信访.csv: 来源, 登记日期");
        put("petition_case_ratio", "案访比: petitions at the SPC (来源 = 最高法院交办) registered in the period ÷ enforcement cases filed in the period (all 执 case types)",
                "信访.csv: 来源, 登记日期; 案件.csv: 立案日期");
        put("petition_spc_resolution_rate", "化解率: SPC-assigned petitions of the period with 化解 = 是 ÷ SPC-assigned petitions of the period",
                "信访.csv: 来源, 登记日期, 化解");
        put("petition_spc_conclusion_rate", "办结率: SPC-assigned petitions of the period with an 办结日期 by period end ÷ SPC-assigned petitions of the period",
                "信访.csv: 来源, 登记日期, 办结日期");
        // 执行指挥中心事项管理
        put("delegation_on_time_rate", "事项委托 received in the period and concluded by the deadline (办结日期 ≤ 办理期限) ÷ 事项委托 received in the period",
                "事项.csv: 类型 = 事项委托, 收到日期, 办理期限, 办结日期");
        put("delegation_mean_days", "mean days from 收到日期 to 办结日期 of the 事项委托 concluded in the period",
                "事项.csv: 类型 = 事项委托, 收到日期, 办结日期");
        put("supervised_on_time_rate", "督办 matters received in the period and concluded by the deadline ÷ 督办 matters received in the period",
                "事项.csv: 类型 = 督办, 收到日期, 办理期限, 办结日期");
        put("public_opinion_conclusion_rate", "涉执舆情 received in the period and concluded by period end ÷ 涉执舆情 received in the period",
                "事项.csv: 类型 = 涉执舆情, 收到日期, 办结日期");
        put("inspection_conclusion_rate", "督导 cases received in the period and concluded by period end ÷ 督导 cases received in the period",
                "事项.csv: 类型 = 督导, 收到日期, 办结日期");
        // 下级法院
        put("subordinates_online_auction_share", "direct subordinate courts with at least one online judicial auction started in the period ÷ direct subordinate courts",
                "法院.csv: 上级法院代码; 流程节点.csv of the subordinates: 拍卖启动 with 标志 网络");
        // 规范执行
        put("preservation_start_within_5_days", "执保 cases filed in the period whose first enforcement step (网络查控发起, 线上控制 or 线下控制) came within 5 days of 立案日期 ÷ 执保 cases filed in the period",
                CASES + "; " + STEPS + "网络查控发起, 线上控制, 线下控制");
        put("preservation_online_search_share", "执保 cases filed in the period with a 网络查控发起 step ÷ 执保 cases filed in the period",
                CASES + "; " + STEPS + "网络查控发起");
        put("preservation_rate", "保全率: 执保 cases filed in the period ÷ 一审民商事案件数 of the year",
                "案件.csv: 案号, 立案日期; 法院统计.csv: 统计项 = 一审民商事案件数");
        put("property_report_order_share", "first-enforcement cases filed in the period with a 报告财产令 step ÷ first-enforcement cases filed in the period",
                CASES + "; " + STEPS + "报告财产令");
        put("report_refusal_sanction_count", "cases with a 罚款, 拘留 or 移送拒执罪 step in the period (a count; ≥ 1 = 有过相应处罚案例)",
                STEPS + "罚款, 拘留, 移送拒执罪");
        put("online_search_within_5_days", "implementation cases filed in the period and not closed within 5 days, whose first 网络查控发起 came within 5 days of 立案日期 ÷ those cases",
                CASES + "; " + STEPS + "网络查控发起");
        put("online_search_initiation_rate", "期限内发起案件数 ÷ 执行实施案件数: implementation cases of the period with 网络查控发起 within 5 days of 立案日期 ÷ all implementation cases of the period (执 and 执恢)",
                CASES + "; " + STEPS + "网络查控发起");
        put("traditional_search_within_1_month", "cases with a 当事人提供财产线索 step in the period where 线下查询 followed within one month ÷ those cases",
                STEPS + "当事人提供财产线索, 线下查询");
        put("online_control_within_48_hours", "cases with 网络查控发现财产 in the period where 线上控制 followed within 48 hours ÷ those cases",
                STEPS + "网络查控发现财产, 线上控制");
        put("offline_control_within_10_workdays", "cases with 发现需线下控制财产 (without 标志 异地) in the period where 线下控制 followed within 10 work days ÷ those cases",
                STEPS + "发现需线下控制财产 (标志 异地), 线下控制; the work-day calendar (节假日.csv)");
        put("assessment_start_within_30_days", "cases with 需要评估 in the period where 评估启动 followed within 30 days ÷ those cases",
                STEPS + "需要评估, 评估启动");
        put("assessment_report_served_within_5_workdays", "cases with 评估报告收到 in the period where 评估报告送达 followed within 5 work days ÷ those cases",
                STEPS + "评估报告收到, 评估报告送达; the work-day calendar");
        put("auction_start_within_30_days", "cases with 需要拍卖 in the period where 拍卖启动 followed within 30 days ÷ those cases",
                STEPS + "需要拍卖, 拍卖启动");
        put("online_auction_rate", "网拍率: cases with an auction started in the period that was online (拍卖启动 标志 网络) ÷ cases with an auction started in the period",
                STEPS + "拍卖启动 (标志 网络)");
        put("payment_release_timeliness", "执行款到账 rows releasable in the period that were released within one month, or later with 标志 经审批 ÷ those rows",
                STEPS + "执行款到账 (时间, 结束时间, 标志 经审批)");
        put("dishonest_revocation_rate", "撤销率: 撤销失信 steps in the period ÷ 纳入失信 steps in the period",
                STEPS + "纳入失信, 撤销失信");
        put("termination_compliance_rate", "per year: cases closed by 终结本次执行程序 in that year that pass the 终本 compliance check (the required steps before closing, e.g. 网络查控发起, 报告财产令, 限制消费, 纳入失信 unless 不适用失信, 告知申请人, 下落查找 when 下落不明), with the assessor's case-by-case overrides ÷ 终本 cases closed in that year",
                CASES + ", 结案方式, 下落不明, 不适用失信; 流程节点.csv; 终本复核.csv");
        put("recorder_use_share", "强制执行行动 rows in the period with 标志 执法记录仪 ÷ 强制执行行动 rows in the period",
                STEPS + "强制执行行动 (标志 执法记录仪)");
        put("recorder_archive_share", "强制执行行动 rows in the period with 标志 执法记录仪 and 已归档 ÷ those with 执法记录仪",
                STEPS + "强制执行行动 (标志 执法记录仪, 已归档)");
        put("bankruptcy_referral_accepted_count", "cases with both a 移送破产审查 and a 破产受理 step, referred in the period (a count)",
                STEPS + "移送破产审查, 破产受理");
        put("bankruptcy_referral_count", "cases with a 移送破产审查 step in the period (a count)", STEPS + "移送破产审查");
        put("data_entry_error_rate", "(到位金额信息项为空率 + 拍卖案款到账信息项为空率 + 案款数据偏差率 + 其他必填信息项为空率) / 4 over the cases closed in the period: closed cases without 到位金额; sold auctions (拍卖成交) without 拍卖案款到账; cases whose 到位金额 differs from the 执行款到账 amounts; closed cases missing another required item (案件类别, 申请标的额, 承办法官)",
                "案件.csv: 结案日期, 到位金额, 案件类别, 申请标的额, 承办法官; " + STEPS + "拍卖成交, 拍卖案款到账, 执行款到账 (金额)");
        put("key_node_mean_overdue", "关键节点超期总数 ÷ 首次执行案件结案数: overdue key steps (the time limits of 规范执行: search 5 days, control 48 hours / 10 work days, assessment 30 days / report 5 work days, auction 30 days, release one month) summed over the first-enforcement cases closed in the period ÷ those cases",
                CASES + "; 流程节点.csv; the work-day calendar");
        // 阳光执行
        put("control_ruling_served_share", "cases with a 线上控制 or 线下控制 step in the period that have a 控制裁定送达 step ÷ those cases",
                STEPS + "线上控制, 线下控制, 控制裁定送达");
        put("disposal_ruling_served_share", "cases with a 财产处分 step in the period that have a 处分裁定送达 step ÷ those cases",
                STEPS + "财产处分, 处分裁定送达");
        put("node_notice_share", "implementation cases closed in the period with a 节点告知 step ÷ implementation cases closed in the period",
                CASES + "; " + STEPS + "节点告知");
        put("ruling_published_share", "执行裁判文书: 执异, 执复 and 执监 cases closed in the period with a 文书公开 step ÷ those cases",
                CASES + "; " + STEPS + "文书公开");
        put("termination_ruling_published_share", "cases closed by 终结本次执行程序 in the period with a 文书公开 step ÷ those cases",
                CASES + ", 结案方式; " + STEPS + "文书公开");
        // 执行保障
        put("enforcement_staff_ratio", "执行局在编人数 ÷ 法院在编总人数 (target 15%)", "法院统计.csv: 执行局在编人数, 法院在编总人数");
        put("judge_quota_ratio_vs_trial", "(执行局员额法官数 ÷ 执行局中央政法编制人数) ÷ (业务庭员额法官数 ÷ 业务庭中央政法编制人数)",
                "法院统计.csv: 执行局员额法官数, 执行局中央政法编制人数, 业务庭员额法官数, 业务庭中央政法编制人数");
        put("age_structure_share", "enforcement staff with 政法编制 = 是 in post at period end aged 22–50 ÷ enforcement staff with 政法编制 = 是 in post at period end",
                "人员.csv: 出生日期, 政法编制, 执行局, 入职日期, 离岗日期");
        put("discipline_count", "discipline records of the court's enforcement staff in the period caused by enforcement work (a count; must be 0)",
                "违法违纪.csv: 日期, 处理类型, 因执行工作");
        // 执行质效
        put("actual_closure_rate", "first-enforcement cases closed in the period by 执行完毕, 和解履行完毕, 终结执行, 销案, 不予执行 or 驳回申请 ÷ first-enforcement cases handled in the period (pending at period start + filed)",
                CASES + ", 结案方式");
        put("fulfilment_rate", "first-enforcement cases closed in the period by 执行完毕 ÷ first-enforcement cases handled in the period",
                CASES + ", 结案方式");
        put("delivery_rate", "mean over first-enforcement cases closed in the period by 执行完毕 or 终本, without 刑事, 行政, 非诉 and 诉讼费 cases, of 到位金额 ÷ 申请标的额 (cases with 申请标的额 > 0)",
                CASES + ", 结案方式, 案件类别, 申请标的额, 到位金额");
        put("statutory_period_closure_rate", "first-enforcement cases closed in the period within the statutory period (6 months from 立案日期, 扣除期间 deducted, 延长期限 added) ÷ first-enforcement cases closed in the period",
                CASES + "; " + STEPS + "扣除期间, 延长期限");
        put("asset_cases_statutory_actual_closure_rate", "first-enforcement cases actually closed (执行完毕, 和解履行完毕, 终结执行, 销案, 不予执行, 驳回申请) in the period within the statutory period (deductions and extensions applied) ÷ (cases actually closed in the period + cases still open beyond the absolute limit: 6 months, 12 months with an online auction)",
                CASES + ", 结案方式; " + STEPS + "扣除期间, 延长期限, 拍卖启动 (标志 网络)");
        put("objection_closure_rate", "执异 cases closed in the period ÷ 执异 cases handled (收案: pending at period start + filed in the period)", CASES);
        put("state_compensation_count", "state-compensation decisions in the period caused by enforcement (a count; must be 0)",
                "国家赔偿.csv: 决定日期, 因执行");
    }
}
