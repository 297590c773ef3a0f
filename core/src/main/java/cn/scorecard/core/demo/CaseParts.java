package cn.scorecard.core.demo;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.CaseTableBuilder;
import cn.scorecard.core.data.FieldAction;
import cn.scorecard.core.data.Payment;
import cn.scorecard.core.data.TerminationOverride;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Generated cases in parts of at most {@code partSize}: a full part is built into its case table and handed on
 * with its payments, field actions and 终本 overrides, and the next part starts empty, so that the memory held
 * does not grow with the province. With {@link Integer#MAX_VALUE} the whole province is one part.
 */
final class CaseParts {
    /** One built part; rows of the payments, field actions and overrides are rows of its table. */
    record Part(CaseTable cases, List<Payment> payments, List<FieldAction> fieldActions,
                Map<Integer, TerminationOverride> overrides) {
    }

    private final int courtCount;
    private final int partSize;
    private final Consumer<Part> out;
    private CaseTableBuilder builder;
    private CaseSink sink;
    private final List<TerminationOverride> overrides = new ArrayList<>();
    private int emitted;

    CaseParts(int courtCount, int partSize, Consumer<Part> out) {
        this.courtCount = courtCount;
        this.partSize = partSize;
        this.out = out;
        start();
    }

    private void start() {
        builder = new CaseTableBuilder(courtCount);
        sink = new CaseSink(builder);
        overrides.clear();
    }

    /** Adds a case to the current part; returns its builder row there. */
    int add(CaseDraft d, String number, int judge, int assistant, int clerk) {
        return sink.write(d, number, judge, assistant, clerk);
    }

    /** An assessor's override of a case of the current part (by builder row). */
    void override(TerminationOverride o) {
        overrides.add(o);
    }

    /** Hands on the current part once it is full. */
    void flushIfFull() {
        if (builder.size() >= partSize) flush();
    }

    /** Hands on what is left: the last part, or an empty one when there were no cases at all. */
    void finish() {
        if (builder.size() > 0 || emitted == 0) flush();
    }

    private void flush() {
        CaseTable table = builder.build();
        Map<Integer, TerminationOverride> byRow = new TreeMap<>();
        for (TerminationOverride o : overrides) {
            int row = builder.newRow(o.caseRow());
            byRow.put(row, new TerminationOverride(row, o.compliant(), o.reason(), o.assessor()));
        }
        out.accept(new Part(table, sink.payments(), sink.fieldActions(), byRow));
        emitted++;
        start();
    }
}
