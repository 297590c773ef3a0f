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
        List<Metric> all = new ArrayList<>();
        all.add(new QualityRateMetric("actual_closure_rate", QualityRateMetric.Numerator.ACTUAL_CLOSURE, "实际执结的案件"));
        all.add(new QualityRateMetric("fulfilment_rate", QualityRateMetric.Numerator.FULFILLED, "执行完毕的案件"));
        all.add(new QualityRateMetric("statutory_period_closure_rate",
                QualityRateMetric.Numerator.WITHIN_STATUTORY_PERIOD, "法定期限内结案的案件"));
        all.add(new DeliveryRateMetric());
        all.add(new AssetCasesStatutoryMetric());
        all.add(new PendingClosureRateMetric("objection_closure_rate", OBJECTION));
        all.add(new PendingClosureRateMetric("review_closure_rate", REVIEW));
        all.add(new PendingClosureRateMetric("coordination_closure_rate", CaseType.COORDINATION));
        all.add(new PendingClosureRateMetric("supervision_closure_rate", SUPERVISION));
        all.add(new PendingClosureRateMetric("request_closure_rate", CaseType.REQUEST));
        all.add(new TimelinessMetric("online_search_within_5_days", rules.get("online_search")));
        all.add(new TimelinessMetric("preservation_start_within_5_days", rules.get("preservation_start")));
        all.add(new TimelinessMetric("online_control_within_48_hours", rules.get("online_control")));
        all.add(new TimelinessMetric("offline_control_within_10_workdays", rules.get("offline_control")));
        all.add(new TimelinessMetric("traditional_search_within_1_month", rules.get("traditional_search")));
        all.add(new TimelinessMetric("assessment_start_within_30_days", rules.get("assessment_start")));
        all.add(new TimelinessMetric("assessment_report_served_within_5_workdays", rules.get("assessment_report_served")));
        all.add(new TimelinessMetric("auction_start_within_30_days", rules.get("auction_start")));
        all.add(new InitiationRateMetric(rules.get("online_search")));
        all.addAll(caseShares());
        all.addAll(caseCounts());
        all.addAll(RecordMetrics.all(rules.paymentRelease()));
        all.add(new PetitionRatioMetric(PetitionRatioMetric.Kind.LOCAL_TO_SPC));
        all.add(new PetitionRatioMetric(PetitionRatioMetric.Kind.PER_CASE));
        all.add(new MatterDurationMetric());
        all.add(new IncidentCountMetric(IncidentCountMetric.Kind.STATE_COMPENSATION));
        all.add(new IncidentCountMetric(IncidentCountMetric.Kind.DISCIPLINE));
        all.add(new StatisticRatioMetric(StatisticRatioMetric.Kind.PRESERVATION_RATE));
        all.add(new StatisticRatioMetric(StatisticRatioMetric.Kind.ENFORCEMENT_STAFF_RATIO));
        all.add(new StatisticRatioMetric(StatisticRatioMetric.Kind.JUDGE_QUOTA_VS_TRIAL));
        all.add(new AgeStructureMetric());
        all.add(new SubordinateAuctionMetric());
        all.add(new DishonestRevocationMetric());
        all.add(new TerminationComplianceMetric());
        all.add(new DataEntryErrorMetric());
        all.add(new KeyNodeOverdueMetric(rules));
        for (Metric m : all) {
            if (metrics.put(m.id(), m) != null) throw new IllegalStateException("duplicate metric " + m.id());
        }
    }

    public static MetricRegistry bundled() {
        return new MetricRegistry(DeadlineRules.bundled());
    }

    private static List<Metric> caseShares() {
        return List.of(
                new CaseShareMetric("preservation_online_search_share", "期内新收的财产保全执行案件数",
                        CaseFilters.filedInPeriod(PRESERVATION), "适用网络执行查控系统",
                        CaseFilters.hasStep(StepType.ONLINE_SEARCH_START)),
                new CaseShareMetric("property_report_order_share", "期内新收的首次执行案件数",
                        CaseFilters.filedInPeriod(FIRST_ENFORCEMENT), "发出报告财产令",
                        CaseFilters.hasStep(StepType.PROPERTY_REPORT_ORDER)),
                new CaseShareMetric("online_auction_rate", "期内启动拍卖的案件数",
                        CaseFilters.stepInPeriod(StepType.AUCTION_START), "网络司法拍卖",
                        (ctx, t, r) -> t.has(r, CaseFlag.ONLINE_AUCTION)),
                new CaseShareMetric("control_ruling_served_share", "期内采取控制措施的案件数",
                        CaseFilters.stepInPeriod(StepType.ONLINE_CONTROL, StepType.OFFLINE_CONTROL),
                        "向被执行人送达控制（扣押等）裁定书", CaseFilters.hasStep(StepType.CONTROL_RULING_SERVED)),
                new CaseShareMetric("disposal_ruling_served_share", "期内处分财产的案件数",
                        CaseFilters.stepInPeriod(StepType.DISPOSAL), "向被执行人送达处分（扣划、拍卖、变卖、以物抵债）裁定书",
                        CaseFilters.hasStep(StepType.DISPOSAL_RULING_SERVED)),
                new CaseShareMetric("node_notice_share", "期内结案的执行实施案件数",
                        CaseFilters.closedInPeriod(FIRST_ENFORCEMENT, RESUMED_ENFORCEMENT), "主要流程节点告知当事人",
                        CaseFilters.hasStep(StepType.NODE_NOTICE)),
                new CaseShareMetric("ruling_published_share", "期内结案的执行异议、复议、监督案件数",
                        CaseFilters.closedInPeriod(OBJECTION, REVIEW, SUPERVISION), "裁判文书在中国裁判文书网公开",
                        CaseFilters.hasStep(StepType.DOCUMENT_PUBLISHED)),
                new CaseShareMetric("termination_ruling_published_share", "期内终本结案的首次执行案件数",
                        CaseFilters.terminatedInPeriod(), "终本裁定书在中国裁判文书网公开",
                        CaseFilters.hasStep(StepType.DOCUMENT_PUBLISHED)));
    }

    private static List<Metric> caseCounts() {
        return List.of(
                new CaseCountMetric("report_refusal_sanction_count", "期内对拒不申报或申报不实予以罚款、拘留或移送追究刑事责任",
                        CaseFilters.stepInPeriod(StepType.FINE, StepType.DETENTION, StepType.CRIMINAL_REFERRAL)),
                new CaseCountMetric("bankruptcy_referral_count", "期内作出执行案件移送破产审查决定",
                        CaseFilters.stepInPeriod(StepType.BANKRUPTCY_REFERRAL)),
                new CaseCountMetric("bankruptcy_referral_accepted_count", "期内移送破产审查且破产案件已受理",
                        (ctx, t, r) -> CaseFilters.stepInPeriod(StepType.BANKRUPTCY_REFERRAL).test(ctx, t, r)
                                && t.hasStep(r, StepType.BANKRUPTCY_ACCEPTED)));
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
