package cn.scorecard.core.demo;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.CaseTableBuilder;
import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.FieldAction;
import cn.scorecard.core.data.Payment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a finished draft into the {@link CaseTableBuilder} as it would look on the evaluation day, and
 * keeps payments and field actions in primitive arrays (by builder row) until the table is built and the
 * rows are final.
 */
final class CaseSink {
    private static final StepType[] STEPS = StepType.values();
    private static final CaseFlag[] FLAGS = CaseFlag.values();
    private static final String EXTENSION_REASON = "经院长批准延长";

    private final CaseTableBuilder builder;
    private int[] payRow = new int[1024];
    private int[] payArrived = new int[1024];
    private int[] payReleased = new int[1024];
    private long[] payAmount = new long[1024];
    private boolean[] payApproved = new boolean[1024];
    private int paymentCount;
    private final List<FieldAction> actions = new ArrayList<>();

    CaseSink(CaseTableBuilder builder) {
        this.builder = builder;
    }

    /** Adds the case as of the evaluation day; returns its builder row. */
    int write(CaseDraft d, String number, int judge, int assistant, int clerk) {
        boolean closed = d.closesByCutoff();
        int row = builder.addCase(d.court, number, d.type, d.filedDay, closed ? d.closingDay : Times.NONE,
                closed ? d.method : null, d.category, d.applied, delivered(d, closed), judge, assistant, clerk);
        for (int s = 0; s < STEPS.length; s++) {
            if (d.steps[s] != Times.NONE) builder.step(row, STEPS[s], d.steps[s]);
        }
        for (int i = 0; i < d.repeats; i++) builder.step(row, d.repeatStep[i], d.repeatMinute[i]);
        for (CaseFlag f : FLAGS) if (d.has(f)) builder.flag(row, f);
        for (int i = 0; i < d.deductions; i++) builder.deduction(row, d.deductionStart[i], d.deductionEnd[i], d.deductionReason[i]);
        if (d.extensionDays > 0) builder.extension(row, d.extensionDays, Times.NONE, Times.NONE, EXTENSION_REASON);
        for (int i = 0; i < d.payments; i++) {
            addPayment(row, d.paymentArrived[i], d.paymentReleased[i], d.paymentApproved[i], d.paymentAmount[i]);
        }
        for (int i = 0; i < d.actions; i++) {
            actions.add(new FieldAction(row, d.actionMinute[i], d.actionRecorder[i], d.actionArchived[i]));
        }
        return row;
    }

    /** Closed: the final amount (or not recorded: an entry error); open: what has arrived so far. */
    private static long delivered(CaseDraft d, boolean closed) {
        if (!d.type.isImplementation()) return d.type == CaseType.PRESERVATION ? 0 : -1;
        if (closed) return d.deliveredRecorded ? d.delivered : -1;
        long sum = 0;
        for (int i = 0; i < d.payments; i++) sum += d.paymentAmount[i];
        return sum;
    }

    private void addPayment(int row, int arrived, int released, boolean approved, long amount) {
        if (paymentCount == payRow.length) {
            int cap = paymentCount * 2;
            payRow = Arrays.copyOf(payRow, cap);
            payArrived = Arrays.copyOf(payArrived, cap);
            payReleased = Arrays.copyOf(payReleased, cap);
            payAmount = Arrays.copyOf(payAmount, cap);
            payApproved = Arrays.copyOf(payApproved, cap);
        }
        payRow[paymentCount] = row;
        payArrived[paymentCount] = arrived;
        payReleased[paymentCount] = released;
        payAmount[paymentCount] = amount;
        payApproved[paymentCount] = approved;
        paymentCount++;
    }

    /** Payments with rows of the built table; call after {@link CaseTableBuilder#build()}. */
    List<Payment> payments() {
        List<Payment> out = new ArrayList<>(paymentCount);
        for (int i = 0; i < paymentCount; i++) {
            int row = builder.newRow(payRow[i]);
            out.add(new Payment(row, payArrived[i], payReleased[i], payApproved[i], payAmount[i]));
        }
        return out;
    }

    /** Field actions with rows of the built table; call after {@link CaseTableBuilder#build()}. */
    List<FieldAction> fieldActions() {
        List<FieldAction> out = new ArrayList<>(actions.size());
        for (FieldAction a : actions) {
            out.add(new FieldAction(builder.newRow(a.caseRow()), a.minute(), a.recorderUsed(), a.archived()));
        }
        return out;
    }
}
