package cn.scorecard.app.platform.store;

import static cn.scorecard.app.platform.store.Cells.date;
import static cn.scorecard.app.platform.store.Cells.fen;
import static cn.scorecard.app.platform.store.Cells.name;
import static cn.scorecard.app.platform.store.Cells.time;

import cn.scorecard.core.court.Court;
import cn.scorecard.core.io.Rows;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** A validated row as the values of its {@link Table}'s columns, in column order. */
public final class RowValues {
    private RowValues() {
    }

    public static Object[] of(Rows.Holiday h, long seq) {
        return new Object[] {h.day(), h.off(), h.name(), seq};
    }

    public static Object[] of(Court c, long seq) {
        return new Object[] {c.code(), c.name(), c.level().name(), c.hasParent() ? c.parentCode() : null,
                c.municipality(), c.keyCity(), seq};
    }

    public static Object[] of(Rows.Staff s, long seq) {
        return new Object[] {s.id(), s.name(), s.court(), s.role().name(), s.team(), s.birthDate(),
                s.politicalEstablishment(), s.enforcementBureau(), s.joined(), s.left(), seq};
    }

    public static Object[] of(Rows.Case c, long caseId, long seq) {
        return new Object[] {c.court(), c.number(), c.type().name(), date(c.filedDay()), date(c.closedDay()),
                name(c.method()), name(c.category()), fen(c.appliedFen()), fen(c.deliveredFen()), c.judge(),
                c.assistant(), c.clerk(), c.whereaboutsUnknown(), c.dishonestNotApplicable(), c.outsideSystem(), seq, caseId};
    }

    /** A step refers to its case by the case's case_id. */
    public static Object[] of(Rows.Step s, long caseId, long seq) {
        return new Object[] {seq, caseId, s.kind(), time(s.minute()), time(s.endMinute()), s.mark(),
                fen(s.amountFen()), s.note()};
    }

    public static Object[] of(Rows.Review r, long seq) {
        return new Object[] {r.court(), r.number(), r.compliant(), r.reason(), r.assessor(), seq};
    }

    public static Object[] of(Rows.Petition p, long seq) {
        return new Object[] {p.court(), p.id(), date(p.registeredDay()), p.source().name(), p.caseNumber(),
                p.toBeijing(), date(p.concludedDay()), p.resolved(), p.causedByMisconduct(), p.staff(), seq};
    }

    public static Object[] of(Rows.Matter m, long seq) {
        return new Object[] {m.court(), m.id(), m.type().name(), date(m.receivedDay()), date(m.deadlineDay()),
                date(m.doneDay()), m.caseNumber(), m.staff(), seq};
    }

    public static Object[] of(Rows.Compensation c, long seq) {
        return new Object[] {c.court(), c.caseNumber(), date(c.decidedDay()), c.causedByEnforcement(), c.staff(), seq};
    }

    /** No person is stored as '' (the column is part of the key). */
    public static Object[] of(Rows.Discipline d, long seq) {
        return new Object[] {d.court(), d.staff() == null ? "" : d.staff(), date(d.day()), d.kind(),
                d.causedByEnforcement(), seq};
    }

    public static Object[] of(Rows.Evidence e, long seq) {
        return new Object[] {e.court(), e.year(), e.indicatorCode(), e.status().name(), e.count(), e.partialScore(),
                e.reason(), e.attachment(), seq};
    }

    public static Object[] of(Rows.Statistic s, long seq) {
        return new Object[] {s.court(), s.year(), s.item().name(), s.value(), s.source(), seq};
    }

    public static Object[] of(Rows.Incident i, long seq) {
        return new Object[] {i.id(), i.staff(), i.day(), i.kindCode(), i.caseNumber(), i.count(), i.note(), i.recorder(), seq};
    }

    public static Object[] of(Rows.Quota q, long seq) {
        return new Object[] {q.staff(), q.month() == null ? "" : q.month().toString(), q.quota(), seq};
    }

    public static Object[] of(Rows.Veto v, long seq) {
        return new Object[] {v.staff(), v.day(), v.conditionCode(), v.id(), v.note(), seq};
    }

    public static Object[] of(Rows.ClerkEvaluation e, long seq) {
        return new Object[] {e.staff(), e.year(), e.quarter(), parts(e.parts()), seq};
    }

    /** CASELOAD=21;SERVICE=22 with the codes sorted (the map's own order differs from JVM to JVM). */
    static String parts(Map<String, Double> parts) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(parts).forEach((code, points) -> {
            if (sb.length() > 0) sb.append(';');
            sb.append(code).append('=').append(BigDecimal.valueOf(points).stripTrailingZeros().toPlainString());
        });
        return sb.toString();
    }
}
