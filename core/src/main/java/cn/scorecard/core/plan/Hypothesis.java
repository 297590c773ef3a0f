package cn.scorecard.core.plan;

import cn.scorecard.core.cases.CaseScratch;
import cn.scorecard.core.data.Matter;
import cn.scorecard.core.data.Payment;
import cn.scorecard.core.data.Petition;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.metric.EvaluationContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The data with some actions applied, for the engine to measure: a scratch copy of the cases and of the petitions
 * and matters, changed in place and reset between trials. The original data never changes. One per computation.
 */
final class Hypothesis {
    private final EvaluationContext base;
    private final CaseScratch cases;
    private final List<Petition> petitions;
    private final List<Matter> matters;
    private final List<Payment> payments;
    private final ProvinceData data;
    private final Deque<Runnable> undo = new ArrayDeque<>();

    Hypothesis(EvaluationContext base) {
        this.base = base;
        ProvinceData d = base.data();
        this.cases = new CaseScratch(d.cases());
        this.petitions = new ArrayList<>(d.petitions());
        this.matters = new ArrayList<>(d.matters());
        this.payments = new ArrayList<>(d.payments());
        this.data = new ProvinceData(d.calendar(), d.courts(), d.staff(), cases.table(), payments, d.fieldActions(),
                petitions, matters, d.compensations(), d.disciplines(), d.evidence(), d.statistics(),
                d.terminationOverrides());
    }

    void apply(Action a) {
        switch (a.kind()) {
            case CLOSE_CASE -> cases.close(a.record(), a.day(), a.method());
            case DO_STEP -> cases.step(a.record(), a.step(), a.minute());
            case CONCLUDE_PETITION -> {
                Petition p = petitions.get(a.record());
                petitions.set(a.record(), new Petition(p.id(), p.court(), p.caseNumber(), p.registeredDay(), p.source(),
                        p.toBeijing(), a.day(), p.resolved(), p.causedByMisconduct(), p.staff()));
                undo.push(() -> petitions.set(a.record(), p));
            }
            case CONCLUDE_MATTER -> {
                Matter m = matters.get(a.record());
                matters.set(a.record(), new Matter(m.id(), m.court(), m.type(), m.receivedDay(), m.deadlineDay(), a.day(),
                        m.caseNumber(), m.staff()));
                undo.push(() -> matters.set(a.record(), m));
            }
            case RELEASE_PAYMENT -> {
                Payment p = payments.get(a.record());
                payments.set(a.record(), new Payment(p.caseRow(), p.arrivedMinute(), a.minute(), p.lateApproved(),
                        p.amountFen()));
                undo.push(() -> payments.set(a.record(), p));
            }
        }
    }

    /** The case row an action changes or belongs to (a payment's case), -1 for a petition or matter. */
    int caseRow(Action a) {
        return switch (a.kind()) {
            case CLOSE_CASE, DO_STEP -> a.record();
            case RELEASE_PAYMENT -> payments.get(a.record()).caseRow();
            case CONCLUDE_PETITION, CONCLUDE_MATTER -> -1;
        };
    }

    /** Back to the original data. */
    void reset() {
        cases.reset();
        while (!undo.isEmpty()) undo.pop().run();
    }

    /** The changed data (valid until the next {@link #reset()}). */
    ProvinceData data() {
        return data;
    }

    /** The changed data seen as if the row's court had that one case only (see {@code CaseTable.rowView}). */
    EvaluationContext rowAfter(int row) {
        return base.withData(withCases(data, cases.table().rowView(row)));
    }

    /** The original data seen as if the row's court had that one case only. */
    EvaluationContext rowBefore(int row) {
        return base.withData(withCases(base.data(), base.data().cases().rowView(row)));
    }

    private static ProvinceData withCases(ProvinceData d, cn.scorecard.core.cases.CaseTable t) {
        return new ProvinceData(d.calendar(), d.courts(), d.staff(), t, d.payments(), d.fieldActions(), d.petitions(),
                d.matters(), d.compensations(), d.disciplines(), d.evidence(), d.statistics(), d.terminationOverrides());
    }

    /** A fresh context over the changed data (its per-court indexes are built from the data as it is now). */
    EvaluationContext context() {
        return base.withData(data);
    }
}
