package cn.scorecard.core.metric;

import cn.scorecard.core.calendar.WorkCalendar;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.data.Payment;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.termination.TerminationCheck;
import java.util.List;

/** What a metric reads: the data, the period, and values derived once per data set. */
public final class EvaluationContext {
    private final ProvinceData data;
    private final Period period;
    private final TerminationCheck termination;
    private final DerivedColumns derived;
    private final PeriodIndex periodIndex;

    public EvaluationContext(ProvinceData data, Period period) {
        this(data, period, DerivedColumns.of(data));
    }

    private EvaluationContext(ProvinceData data, Period period, DerivedColumns derived) {
        this.data = data;
        this.period = period;
        this.termination = new TerminationCheck(data.cases(), data.terminationOverrides());
        this.derived = derived;
        this.periodIndex = new PeriodIndex(data.cases(), data.courts().size(), period);
    }

    /** The same data over another period, sharing the derived columns. */
    public EvaluationContext forPeriod(Period other) {
        return new EvaluationContext(data, other, derived);
    }

    /**
     * The same period over changed data (what-if): {@code other} has the same records in the same places, only some
     * of their dates, methods or steps differ, so the values derived per record (payments by case, records by court)
     * are shared.
     */
    public EvaluationContext withData(ProvinceData other) {
        return new EvaluationContext(other, period, derived);
    }

    public ProvinceData data() {
        return data;
    }

    public CaseTable cases() {
        return data.cases();
    }

    public Period period() {
        return period;
    }

    public WorkCalendar calendar() {
        return data.calendar();
    }

    public TerminationCheck termination() {
        return termination;
    }

    /** Payments (执行款) grouped by case row. */
    public List<Payment> paymentsOf(int row) {
        return derived.paymentsOf(row, data.payments());
    }

    /** Sum of the amounts of a case's payments in fen. */
    public long paymentTotal(int row) {
        return derived.paymentTotal(row);
    }

    /** Indexes into {@link ProvinceData#petitions()} of one court. */
    public int[] petitionsOf(int court) {
        return derived.petitions(court);
    }

    public int[] mattersOf(int court) {
        return derived.matters(court);
    }

    public int[] paymentIndexesOf(int court) {
        return derived.payments(court);
    }

    public int[] fieldActionsOf(int court) {
        return derived.fieldActions(court);
    }

    /** Rows of the court's first-enforcement cases closed in the period (首次执行结案). */
    public int[] closedFirstEnforcement(int court) {
        return periodIndex.closedFirst(court);
    }

    /** Rows of the court's first-enforcement cases filed by the period's end and still open at its end. */
    public int[] openFirstEnforcement(int court) {
        return periodIndex.openFirst(court);
    }

    /** The evidence for an indicator of a court and year, or null (same answer as ProvinceData.evidenceFor). */
    public cn.scorecard.core.data.EvidenceRecord evidenceFor(int court, int year, String indicatorCode) {
        return derived.evidence(court, year, indicatorCode);
    }

    public int periodStart() {
        return period.startDay();
    }

    public int periodEnd() {
        return period.endDay();
    }

    public boolean inPeriod(int epochDay) {
        return epochDay != Integer.MIN_VALUE && period.containsDay(epochDay);
    }
}
