package cn.scorecard.core.io;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.CaseTableBuilder;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.FieldAction;
import cn.scorecard.core.data.Payment;
import java.util.List;

/**
 * What a row of 流程节点 does to its case: single steps become step columns of the case table (earliest time
 * kept, flags from 标志), the repeated kinds become payments, field actions, deducted intervals and extensions.
 * Shared by the file reader's assembly and the database reader, so both build the same table.
 */
public final class StepEffects {
    public static final String PAYMENT = "执行款到账";
    public static final String FIELD_ACTION = "强制执行行动";
    public static final String DEDUCTION = "扣除期间";
    public static final String EXTENSION = "延长期限";

    private static final Choices<StepType> SINGLE = new Choices<>(StepType::parse, "未知的流程节点");

    private StepEffects() {
    }

    /** Applies a validated step to builder row {@code row}; payments and field actions refer to builder rows. */
    static void apply(CaseTableBuilder builder, int row, Rows.Step s, List<Payment> payments, List<FieldAction> actions) {
        String mark = s.mark() == null ? "" : s.mark();
        switch (s.kind()) {
            case PAYMENT -> payments.add(new Payment(row, s.minute(), s.endMinute(), mark.contains("经审批"), s.amountFen()));
            case FIELD_ACTION -> actions.add(new FieldAction(row, s.minute(), mark.contains("执法记录仪"), mark.contains("已归档")));
            case DEDUCTION -> builder.deduction(row, Times.dayOfMinute(s.minute()), day(s.endMinute()), s.note());
            case EXTENSION -> {
                boolean interval = s.endMinute() != Times.NONE;
                int days = interval ? day(s.endMinute()) - Times.dayOfMinute(s.minute()) + 1 : markDays(mark);
                if (days > 0) {
                    builder.extension(row, days, interval ? Times.dayOfMinute(s.minute()) : Times.NONE,
                            interval ? day(s.endMinute()) : Times.NONE, s.note());
                }
            }
            default -> single(builder, row, SINGLE.get(s.kind()), s.minute(), mark);
        }
    }

    private static void single(CaseTableBuilder builder, int row, StepType type, int minute, String mark) {
        if (type == null) throw new IllegalArgumentException("未知的流程节点");
        builder.step(row, type, minute);
        if (type == StepType.AUCTION_START) {
            builder.flag(row, CaseFlag.AUCTION);
            if (mark.contains("网络")) builder.flag(row, CaseFlag.ONLINE_AUCTION);
        } else if (type == StepType.OFFLINE_PROPERTY_FOUND && mark.contains("异地")) {
            builder.flag(row, CaseFlag.REMOTE_CONTROL);
        }
    }

    /** The days of an extension given in 标志 ({@code 30} or {@code 30天}); -1 when empty, 0 or less when bad. */
    static int markDays(String mark) {
        if (mark == null || mark.isEmpty()) return -1;
        return CsvFiles.wholeNumber(mark.endsWith("天") ? mark.substring(0, mark.length() - 1) : mark);
    }

    private static int day(int minute) {
        return minute == Times.NONE ? Times.NONE : Times.dayOfMinute(minute);
    }
}
