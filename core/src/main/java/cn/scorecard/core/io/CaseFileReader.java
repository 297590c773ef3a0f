package cn.scorecard.core.io;

import cn.scorecard.core.cases.CaseCategory;
import cn.scorecard.core.cases.CaseNumber;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.Times;
import java.util.List;

/** 案件.csv; one row per case, keyed by 法院代码 + 案号. */
final class CaseFileReader {
    static final CsvSpec SPEC = new CsvSpec("案件.csv", "法院代码*", "案号*:80", "立案日期*", "结案日期", "结案方式", "案件类别",
            "申请标的额", "到位金额", "承办法官", "法官助理", "书记员", "下落不明", "不适用失信", "未纳入流程系统");
    static final int COURT = 0, NUMBER = 1, FILED = 2, CLOSED = 3, METHOD = 4, CATEGORY = 5, APPLIED = 6,
            DELIVERED = 7, JUDGE = 8, ASSISTANT = 9, CLERK = 10, WHEREABOUTS_UNKNOWN = 11, NO_DISHONEST = 12,
            OUTSIDE_SYSTEM = 13;

    private static final Choices<ClosingMethod> METHODS = new Choices<>(ClosingMethod::parse,
            "未知的结案方式（应为 执行完毕/和解履行完毕/终结执行/终结本次执行程序/销案/不予执行/驳回申请/结案）");
    private static final Choices<CaseCategory> CATEGORIES = new Choices<>(CaseCategory::parse,
            "未知的案件类别（应为 民商事/刑事/行政/非诉/诉讼费/仲裁/公证）");

    private CaseFileReader() {
    }

    static void read(ReadContext ctx, List<TableInput> inputs) {
        SheetReader.read(inputs, RecordType.CASES, ctx, r -> {
            String court = ctx.court(r, COURT);
            CaseNumber number = caseNumber(r);
            int filed = r.day(FILED);
            int closed = r.day(CLOSED);
            ClosingMethod method = r.choice(METHOD, METHODS);
            // Presence, not validity, decides these two, so a typo in one cell yields one error, not two.
            if (r.has(CLOSED) && !r.has(METHOD)) r.error(METHOD, "已填写结案日期但缺少结案方式");
            if (!r.has(CLOSED) && r.has(METHOD)) r.error(CLOSED, "已填写结案方式但缺少结案日期");
            if (filed != Times.NONE && closed != Times.NONE && closed < filed) r.error(CLOSED, "结案日期早于立案日期");
            CaseCategory category = r.choice(CATEGORY, CATEGORIES);
            long applied = r.fen(APPLIED);
            long delivered = r.fen(DELIVERED);
            String judge = ctx.staff(r, JUDGE);
            String assistant = ctx.staff(r, ASSISTANT);
            String clerk = ctx.staff(r, CLERK);
            boolean whereaboutsUnknown = r.yesNo(WHEREABOUTS_UNKNOWN, false);
            boolean noDishonest = r.yesNo(NO_DISHONEST, false);
            boolean outsideSystem = r.yesNo(OUTSIDE_SYSTEM, false);
            String key = number != null ? number.text() : CsvFiles.normalizeCaseNumber(r.text(NUMBER));
            if (court == null || key.isEmpty()) return;
            // An unreadable method (already reported) might be 终本: do not also reject its 终本复核.
            boolean terminated = method == ClosingMethod.TERMINATED_THIS_ROUND || method == null && r.has(METHOD);
            Long first = ctx.addCase(court, key, r.row(), terminated);
            if (first != null) {
                r.error(NUMBER, "案件重复（该法院的此案号已在第" + (first >> 1) + "行出现）");
                return;
            }
            if (r.hasErrors() || !ctx.emitting()) return;
            ctx.sink.caseRow(new Rows.Case(court, key, number.type(), filed, closed, method, category, applied,
                    delivered, judge, assistant, clerk, whereaboutsUnknown, noDishonest, outsideSystem));
        });
    }

    /** The parsed 案号 in canonical form, or null when empty or malformed (reported). */
    private static CaseNumber caseNumber(CsvRow r) {
        String text = r.optional(NUMBER);
        if (text == null) return null;
        String canonical = CsvFiles.normalizeCaseNumber(text);
        try {
            return CaseNumber.parse(canonical); // one regex match; it throws only for a bad number
        } catch (IllegalArgumentException e) {
            r.error(NUMBER, "案号格式不正确（应如 （2024）豫1302执123号）");
            return null;
        }
    }
}
