package cn.scorecard.core.metric;

import static cn.scorecard.core.cases.CaseType.FIRST_ENFORCEMENT;
import static cn.scorecard.core.cases.CaseType.OBJECTION;
import static cn.scorecard.core.cases.CaseType.PRESERVATION;
import static cn.scorecard.core.cases.CaseType.RESUMED_ENFORCEMENT;
import static cn.scorecard.core.cases.CaseType.REVIEW;
import static cn.scorecard.core.cases.CaseType.SUPERVISION;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.deadline.DeadlineRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every metric the catalogs may name, by id. */
public final class MetricRegistry {
    private final Map<String, Metric> metrics = new LinkedHashMap<>();

    public MetricRegistry(DeadlineRules rules) {
        this(rules, MetricDefinitions.bundled());
    }

    /**
     * Every computation paired with its declaration by id; a declaration without a computation, or a computation
     * without a declaration, is refused here, at start.
     */
    public MetricRegistry(DeadlineRules rules, MetricDefinitions declared) {
        Declarations d = new Declarations(declared);
        List<Metric> all = new ArrayList<>();
        all.add(new QualityRateMetric(d.of("actual_closure_rate"), QualityRateMetric.Numerator.ACTUAL_CLOSURE, "实际执结的案件"));
        all.add(new QualityRateMetric(d.of("fulfilment_rate"), QualityRateMetric.Numerator.FULFILLED, "执行完毕的案件"));
        all.add(new QualityRateMetric(d.of("statutory_period_closure_rate"), QualityRateMetric.Numerator.WITHIN_STATUTORY_PERIOD, "法定期限内结案的案件"));
        all.add(new DeliveryRateMetric(d.of("delivery_rate")));
        all.add(new AssetCasesStatutoryMetric(d.of("asset_cases_statutory_actual_closure_rate")));
        all.add(new PendingClosureRateMetric(d.of("objection_closure_rate"), OBJECTION));
        all.add(new PendingClosureRateMetric(d.of("review_closure_rate"), REVIEW));
        all.add(new PendingClosureRateMetric(d.of("coordination_closure_rate"), CaseType.COORDINATION));
        all.add(new PendingClosureRateMetric(d.of("supervision_closure_rate"), SUPERVISION));
        all.add(new PendingClosureRateMetric(d.of("request_closure_rate"), CaseType.REQUEST));
        all.add(new TimelinessMetric(d.of("online_search_within_5_days"), rules.get("online_search")));
        all.add(new TimelinessMetric(d.of("preservation_start_within_5_days"), rules.get("preservation_start")));
        all.add(new TimelinessMetric(d.of("online_control_within_48_hours"), rules.get("online_control")));
        all.add(new TimelinessMetric(d.of("offline_control_within_10_workdays"), rules.get("offline_control")));
        all.add(new TimelinessMetric(d.of("traditional_search_within_1_month"), rules.get("traditional_search")));
        all.add(new TimelinessMetric(d.of("assessment_start_within_30_days"), rules.get("assessment_start")));
        all.add(new TimelinessMetric(d.of("assessment_report_served_within_5_workdays"), rules.get("assessment_report_served")));
        all.add(new TimelinessMetric(d.of("auction_start_within_30_days"), rules.get("auction_start")));
        all.add(new InitiationRateMetric(d.of("online_search_initiation_rate"), rules.get("online_search")));
        all.addAll(caseShares(d));
        all.addAll(caseCounts(d));
        all.addAll(RecordMetrics.all(d, rules.paymentRelease()));
        all.add(new PetitionRatioMetric(d.of("petition_local_to_spc_ratio"), PetitionRatioMetric.Kind.LOCAL_TO_SPC));
        all.add(new PetitionRatioMetric(d.of("petition_case_ratio"), PetitionRatioMetric.Kind.PER_CASE));
        all.add(new MatterDurationMetric(d.of("delegation_mean_days")));
        all.add(new IncidentCountMetric(d.of("state_compensation_count"), IncidentCountMetric.Kind.STATE_COMPENSATION));
        all.add(new IncidentCountMetric(d.of("discipline_count"), IncidentCountMetric.Kind.DISCIPLINE));
        all.add(new StatisticRatioMetric(d.of("preservation_rate"), StatisticRatioMetric.Kind.PRESERVATION_RATE));
        all.add(new StatisticRatioMetric(d.of("enforcement_staff_ratio"), StatisticRatioMetric.Kind.ENFORCEMENT_STAFF_RATIO));
        all.add(new StatisticRatioMetric(d.of("judge_quota_ratio_vs_trial"), StatisticRatioMetric.Kind.JUDGE_QUOTA_VS_TRIAL));
        all.add(new AgeStructureMetric(d.of("age_structure_share")));
        all.add(new SubordinateAuctionMetric(d.of("subordinates_online_auction_share")));
        all.add(new FlowSystemMetric(d.of("cases_outside_flow_system_share")));
        all.add(new SubordinateFlowSystemMetric(d.of("subordinates_outside_flow_system_share")));
        all.add(new SubordinateOneAccountMetric(d.of("subordinates_without_one_account_share")));
        all.add(new DishonestRevocationMetric(d.of("dishonest_revocation_rate")));
        all.add(new TerminationComplianceMetric(d.of("termination_compliance_rate")));
        all.add(new DataEntryErrorMetric(d.of("data_entry_error_rate")));
        all.add(new KeyNodeOverdueMetric(d.of("key_node_mean_overdue"), rules));
        all.add(new OverallClosureMetric(d.of("overall_closure_rate")));
        all.add(new PetitionConclusionMetric(d.of("petition_conclusion_rate")));
        for (Metric m : all) {
            if (metrics.put(m.id(), m) != null) throw new IllegalStateException("duplicate metric " + m.id());
        }
        d.checkAllUsed();
    }

    public static MetricRegistry bundled() {
        return new MetricRegistry(DeadlineRules.bundled());
    }

    private static List<Metric> caseShares(Declarations d) {
        return List.of(
                new CaseShareMetric(d.of("preservation_online_search_share"), "期内新收的财产保全执行案件数",
                        CaseFilters.filedInPeriod(PRESERVATION), "适用网络执行查控系统",
                        CaseFilters.hasStep(StepType.ONLINE_SEARCH_START)),
                new CaseShareMetric(d.of("property_report_order_share"), "期内新收的首次执行案件数",
                        CaseFilters.filedInPeriod(FIRST_ENFORCEMENT), "发出报告财产令",
                        CaseFilters.hasStep(StepType.PROPERTY_REPORT_ORDER)),
                new CaseShareMetric(d.of("online_auction_rate"), "期内启动拍卖的案件数",
                        CaseFilters.stepInPeriod(StepType.AUCTION_START), "网络司法拍卖",
                        (ctx, t, r) -> t.has(r, CaseFlag.ONLINE_AUCTION)),
                new CaseShareMetric(d.of("control_ruling_served_share"), "期内采取控制措施的案件数",
                        CaseFilters.stepInPeriod(StepType.ONLINE_CONTROL, StepType.OFFLINE_CONTROL),
                        "向被执行人送达控制（扣押等）裁定书", CaseFilters.hasStep(StepType.CONTROL_RULING_SERVED)),
                new CaseShareMetric(d.of("disposal_ruling_served_share"), "期内处分财产的案件数",
                        CaseFilters.stepInPeriod(StepType.DISPOSAL), "向被执行人送达处分（扣划、拍卖、变卖、以物抵债）裁定书",
                        CaseFilters.hasStep(StepType.DISPOSAL_RULING_SERVED)),
                new CaseShareMetric(d.of("node_notice_share"), "期内结案的执行实施案件数",
                        CaseFilters.closedInPeriod(FIRST_ENFORCEMENT, RESUMED_ENFORCEMENT), "主要流程节点告知当事人",
                        CaseFilters.hasStep(StepType.NODE_NOTICE)),
                new CaseShareMetric(d.of("ruling_published_share"), "期内结案的执行异议、复议、监督案件数",
                        CaseFilters.closedInPeriod(OBJECTION, REVIEW, SUPERVISION), "裁判文书在中国裁判文书网公开",
                        CaseFilters.hasStep(StepType.DOCUMENT_PUBLISHED)),
                new CaseShareMetric(d.of("termination_ruling_published_share"), "期内终本结案的首次执行案件数",
                        CaseFilters.terminatedInPeriod(), "终本裁定书在中国裁判文书网公开",
                        CaseFilters.hasStep(StepType.DOCUMENT_PUBLISHED)));
    }

    private static List<Metric> caseCounts(Declarations d) {
        return List.of(
                new CaseCountMetric(d.of("report_refusal_sanction_count"), "期内对拒不申报或申报不实予以罚款、拘留或移送追究刑事责任",
                        CaseFilters.stepInPeriod(StepType.FINE, StepType.DETENTION, StepType.CRIMINAL_REFERRAL)),
                new CaseCountMetric(d.of("bankruptcy_referral_count"), "期内作出执行案件移送破产审查决定",
                        CaseFilters.stepInPeriod(StepType.BANKRUPTCY_REFERRAL)),
                new CaseCountMetric(d.of("bankruptcy_referral_accepted_count"), "期内移送破产审查且破产案件已受理",
                        (ctx, t, r) -> CaseFilters.stepInPeriod(StepType.BANKRUPTCY_REFERRAL).test(ctx, t, r)
                                && t.hasStep(r, StepType.BANKRUPTCY_ACCEPTED)));
    }

    /** The declarations in use: each must be claimed by exactly one computation. */
    static final class Declarations {
        private final MetricDefinitions declared;
        private final Set<String> used = new java.util.HashSet<>();

        Declarations(MetricDefinitions declared) {
            this.declared = declared;
        }

        MetricDefinition of(String id) {
            if (!used.add(id)) throw new IllegalStateException("指标 " + id + " 的定义被使用了两次");
            return declared.get(id);
        }

        void checkAllUsed() {
            for (String id : declared.ids()) {
                if (!used.contains(id)) {
                    throw new IllegalStateException("rules/metrics.yaml: 指标 " + id + " 有定义而没有算法");
                }
            }
        }
    }

    public Metric get(String id) {
        Metric m = metrics.get(id);
        if (m == null) throw new IllegalArgumentException("未知的指标算法: " + id);
        return m;
    }

    public Set<String> ids() {
        return metrics.keySet();
    }

    public List<Metric> all() {
        return List.copyOf(metrics.values());
    }
}
