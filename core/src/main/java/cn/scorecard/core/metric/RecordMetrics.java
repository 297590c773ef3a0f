package cn.scorecard.core.metric;

import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.FieldAction;
import cn.scorecard.core.data.Matter;
import cn.scorecard.core.data.MatterType;
import cn.scorecard.core.data.Payment;
import cn.scorecard.core.data.Petition;
import cn.scorecard.core.data.PetitionSource;
import cn.scorecard.core.deadline.Within;
import java.util.List;

/** Metrics over petitions, command-centre matters, payments and field actions. */
final class RecordMetrics {
    private RecordMetrics() {
    }

    static List<Metric> all(MetricRegistry.Declarations d, Within paymentRelease) {
        return List.of(
                petitions(d.of("petition_spc_resolution_rate"), "期内最高法院交办信访件数",
                        "已化解", (c, p) -> p.resolved()),
                spcConclusion(d.of("petition_spc_conclusion_rate")),
                matterOnTime(d.of("delegation_on_time_rate"), MatterType.DELEGATION),
                matterOnTime(d.of("supervised_on_time_rate"), MatterType.SUPERVISED),
                matterConcluded(d.of("public_opinion_conclusion_rate"), MatterType.PUBLIC_OPINION),
                matterConcluded(d.of("inspection_conclusion_rate"), MatterType.INSPECTION),
                new RecordShareMetric<Payment>(d.of("payment_release_timeliness"),
                        c -> c.data().payments(), EvaluationContext::paymentIndexesOf,
                        "期内具备发放条件且已发放或已届期的执行款笔数",
                        (c, p) -> c.inPeriod(Times.dayOfMinute(p.arrivedMinute()))
                                && (released(c, p) || paymentRelease.limitMinute(p.arrivedMinute(), c.calendar()) <= asOf(c)),
                        "一个月内发放或超期经审批的笔数",
                        (c, p) -> p.lateApproved() || (released(c, p)
                                && p.releasedMinute() < paymentRelease.limitMinute(p.arrivedMinute(), c.calendar()))),
                new RecordShareMetric<FieldAction>(d.of("recorder_use_share"),
                        c -> c.data().fieldActions(), EvaluationContext::fieldActionsOf,
                        "期内强制执行行动次数", (c, f) -> c.inPeriod(Times.dayOfMinute(f.minute())),
                        "使用执法记录仪的次数", (c, f) -> f.recorderUsed()),
                new RecordShareMetric<FieldAction>(d.of("recorder_archive_share"),
                        c -> c.data().fieldActions(), EvaluationContext::fieldActionsOf,
                        "期内使用执法记录仪的行动次数",
                        (c, f) -> c.inPeriod(Times.dayOfMinute(f.minute())) && f.recorderUsed(),
                        "资料已归档保存的次数", (c, f) -> f.archived()));
    }

    private static Metric spcConclusion(MetricDefinition declaration) {
        int grace = PetitionConclusionMetric.graceDays(declaration);
        return petitions(declaration, "期内最高法院交办信访件数", grace == 0 ? "期末前已办结" : "期末后" + grace + "日内已办结",
                (c, p) -> p.concludedDay() != Times.NONE && p.concludedDay() <= c.periodEnd() + grace);
    }

    private static boolean released(EvaluationContext c, Payment p) {
        return p.releasedMinute() != Times.NONE && p.releasedMinute() <= asOf(c);
    }

    private static int asOf(EvaluationContext c) {
        return (c.periodEnd() + 1) * Times.MINUTES_PER_DAY - 1;
    }

    private static RecordShareMetric<Petition> petitions(MetricDefinition declaration, String population, String condition,
                                                         java.util.function.BiPredicate<EvaluationContext, Petition> test) {
        return new RecordShareMetric<>(declaration, c -> c.data().petitions(),
                EvaluationContext::petitionsOf, population,
                (c, p) -> p.source() == PetitionSource.SPC_ASSIGNED && c.inPeriod(p.registeredDay()),
                condition, test);
    }

    /** Received in the period and decided by its end (done, or the deadline passed); done by the deadline. */
    private static RecordShareMetric<Matter> matterOnTime(MetricDefinition declaration, MatterType type) {
        return new RecordShareMetric<>(declaration, c -> c.data().matters(),
                EvaluationContext::mattersOf, "期内收到且已办结或已届期的" + type.label() + "件数",
                (c, m) -> m.type() == type && c.inPeriod(m.receivedDay())
                        && (done(c, m) || m.deadlineDay() < c.periodEnd()),
                "期限内办结", (c, m) -> done(c, m) && m.doneDay() <= m.deadlineDay());
    }

    private static RecordShareMetric<Matter> matterConcluded(MetricDefinition declaration, MatterType type) {
        return new RecordShareMetric<>(declaration, c -> c.data().matters(),
                EvaluationContext::mattersOf, "期内收到的" + type.label() + "件数",
                (c, m) -> m.type() == type && c.inPeriod(m.receivedDay()),
                "期末前已办结", RecordMetrics::done);
    }

    private static boolean done(EvaluationContext c, Matter m) {
        return m.doneDay() != Times.NONE && m.doneDay() <= c.periodEnd();
    }
}
