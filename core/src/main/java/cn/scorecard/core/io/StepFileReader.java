package cn.scorecard.core.io;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.CaseTableBuilder;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.FieldAction;
import cn.scorecard.core.data.Payment;

/**
 * 流程节点.csv. Single steps become step columns of the case table (earliest time kept); the repeated kinds
 * become payments, field actions, deducted intervals and extensions.
 */
final class StepFileReader {
    static final CsvSpec SPEC = new CsvSpec("流程节点.csv", "法院代码*", "案号*", "节点*", "时间*", "结束时间", "标志", "金额", "说明");
    static final int COURT = 0, NUMBER = 1, KIND = 2, TIME = 3, END = 4, MARK = 5, AMOUNT = 6, NOTE = 7;

    static final String PAYMENT = "执行款到账";
    static final String FIELD_ACTION = "强制执行行动";
    static final String DEDUCTION = "扣除期间";
    static final String EXTENSION = "延长期限";

    private static final Choices<StepType> SINGLE = new Choices<>(StepType::parse, "未知的流程节点");

    private StepFileReader() {
    }

    static void read(ReadContext ctx) {
        CaseTableBuilder builder = ctx.cases;
        CsvSheet.read(ctx.dir, SPEC, ctx.errors, r -> {
            int court = ctx.court(r, COURT);
            int row = ctx.caseRow(r, court, NUMBER);
            String kind = r.optional(KIND);
            int minute = r.minute(TIME);
            if (kind == null) return;
            // A row whose case or time is bad is still checked cell by cell, but recorded nowhere.
            boolean usable = row >= 0 && minute != Times.NONE;
            switch (kind) { // the repeated kinds first: StepType.parse would throw for each of them
                case PAYMENT -> payment(ctx, r, row, minute, usable);
                case FIELD_ACTION -> {
                    String mark = r.text(MARK);
                    if (usable) {
                        ctx.fieldActions.add(new FieldAction(row, minute, mark.contains("执法记录仪"), mark.contains("已归档")));
                    }
                }
                case DEDUCTION -> deduction(builder, r, row, minute, usable);
                case EXTENSION -> extension(builder, r, row, minute, usable);
                default -> {
                    StepType single = SINGLE.get(kind);
                    if (single == null) r.error(KIND, SINGLE.unknownReason());
                    else if (usable) single(builder, r, row, single, minute);
                }
            }
        });
    }

    private static void single(CaseTableBuilder builder, CsvRow r, int row, StepType type, int minute) {
        builder.step(row, type, minute);
        if (type == StepType.AUCTION_START) {
            builder.flag(row, CaseFlag.AUCTION);
            if (r.text(MARK).contains("网络")) builder.flag(row, CaseFlag.ONLINE_AUCTION);
        } else if (type == StepType.OFFLINE_PROPERTY_FOUND && r.text(MARK).contains("异地")) {
            builder.flag(row, CaseFlag.REMOTE_CONTROL);
        }
    }

    private static void payment(ReadContext ctx, CsvRow r, int row, int minute, boolean usable) {
        int released = r.minute(END);
        long amount = r.fen(AMOUNT);
        if (!r.has(AMOUNT)) r.error(AMOUNT, "执行款到账必须填写金额");
        if (minute != Times.NONE && released != Times.NONE && released < minute) r.error(END, "发放时间早于到账时间");
        else if (usable && amount >= 0) {
            ctx.payments.add(new Payment(row, minute, released, r.text(MARK).contains("经审批"), amount));
        }
    }

    private static void deduction(CaseTableBuilder builder, CsvRow r, int row, int minute, boolean usable) {
        int end = r.day(END);
        int start = minute == Times.NONE ? Times.NONE : Times.dayOfMinute(minute);
        if (start != Times.NONE && end != Times.NONE && end < start) r.error(END, "结束时间早于开始时间");
        else if (usable) builder.deduction(row, start, end); // no end: still running, deducts nothing yet
    }

    private static void extension(CaseTableBuilder builder, CsvRow r, int row, int minute, boolean usable) {
        int end = r.day(END);
        int start = minute == Times.NONE ? Times.NONE : Times.dayOfMinute(minute);
        String mark = r.text(MARK);
        int markDays = mark.isEmpty() ? -1 : CsvFiles.wholeNumber(mark.endsWith("天") ? mark.substring(0, mark.length() - 1) : mark);
        if (!mark.isEmpty() && markDays <= 0) {
            r.error(MARK, "延长天数应为正整数");
            return;
        }
        int days;
        if (end != Times.NONE) {
            if (start == Times.NONE) return;
            if (end < start) {
                r.error(END, "结束时间早于开始时间");
                return;
            }
            days = end - start + 1;
            if (markDays > 0 && markDays != days) {
                r.error(MARK, "延长天数与起止时间不一致（起止时间为" + days + "天）");
                return;
            }
        } else if (markDays > 0) {
            days = markDays;
        } else {
            if (!r.has(END)) r.error(END, "延长期限需填写结束时间，或在标志中填写延长天数");
            return;
        }
        if (usable) builder.extension(row, days);
    }
}
