package cn.scorecard.core.catalog;

import java.util.Set;

/**
 * The metric ids the catalogs may name, as agreed for the engine (docs/indicators.md describes each one).
 * The real registry is the engine's; tests use this list.
 */
final class KnownMetrics {
    private KnownMetrics() {
    }

    static final Set<String> ALL = Set.of(
            // 监督管理 · 案件办理
            "review_closure_rate", "coordination_closure_rate", "supervision_closure_rate", "request_closure_rate",
            // 信访申诉
            "petition_local_to_spc_ratio", "petition_case_ratio", "petition_spc_resolution_rate",
            "petition_spc_conclusion_rate",
            // 执行指挥中心事项管理
            "delegation_on_time_rate", "delegation_mean_days", "supervised_on_time_rate",
            "public_opinion_conclusion_rate", "inspection_conclusion_rate",
            // 下级法院
            "subordinates_online_auction_share",
            // 规范执行
            "preservation_start_within_5_days", "preservation_online_search_share", "preservation_rate",
            "property_report_order_share", "report_refusal_sanction_count", "online_search_within_5_days",
            "online_search_initiation_rate", "traditional_search_within_1_month", "online_control_within_48_hours",
            "offline_control_within_10_workdays", "assessment_start_within_30_days",
            "assessment_report_served_within_5_workdays", "auction_start_within_30_days", "online_auction_rate",
            "payment_release_timeliness", "dishonest_revocation_rate", "termination_compliance_rate",
            "recorder_use_share", "recorder_archive_share", "bankruptcy_referral_accepted_count",
            "bankruptcy_referral_count", "data_entry_error_rate", "key_node_mean_overdue",
            // 阳光执行
            "control_ruling_served_share", "disposal_ruling_served_share", "node_notice_share",
            "ruling_published_share", "termination_ruling_published_share",
            // 执行保障
            "enforcement_staff_ratio", "judge_quota_ratio_vs_trial", "age_structure_share", "discipline_count",
            // 执行质效
            "actual_closure_rate", "fulfilment_rate", "delivery_rate", "statutory_period_closure_rate",
            "asset_cases_statutory_actual_closure_rate", "objection_closure_rate", "state_compensation_count");
}
