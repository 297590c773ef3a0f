package cn.scorecard.core.io;

import cn.scorecard.core.data.EvidenceStatus;
import cn.scorecard.core.data.StatisticItem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The assessors' inputs: 佐证材料, 法院统计 and 终本复核. */
final class AssessmentFileReader {
    static final CsvSpec EVIDENCE = new CsvSpec("佐证材料.csv", "法院代码*", "年度*", "指标代码*:32", "状态*", "次数", "得分",
            "理由:2000", "附件:500");
    static final CsvSpec STATISTICS = new CsvSpec("法院统计.csv", "法院代码*", "年度*", "统计项*", "数值*", "来源:200");
    static final CsvSpec OVERRIDES = new CsvSpec("终本复核.csv", "法院代码*", "案号*", "合格*", "理由*:2000", "复核人:100");

    private static final int E_COURT = 0, E_YEAR = 1, E_CODE = 2, E_STATUS = 3, E_COUNT = 4, E_SCORE = 5,
            E_REASON = 6, E_ATTACHMENT = 7;
    private static final int S_COURT = 0, S_YEAR = 1, S_ITEM = 2, S_VALUE = 3, S_SOURCE = 4;
    private static final int O_COURT = 0, O_NUMBER = 1, O_COMPLIANT = 2, O_REASON = 3, O_ASSESSOR = 4;

    private static final String YEAR_RANGE = "年度应为 1900 到 2100 之间的四位年份";
    private static final Choices<EvidenceStatus> STATUSES =
            new Choices<>(EvidenceStatus::parse, "未知的佐证状态（应为 达标/未达标/部分达标/不适用）");
    private static final Choices<StatisticItem> ITEMS = new Choices<>(StatisticItem::parse, "未知的统计项");

    private AssessmentFileReader() {
    }

    static void evidence(ReadContext ctx, List<TableInput> inputs) {
        Map<String, Long> seen = new HashMap<>();
        SheetReader.read(inputs, RecordType.EVIDENCE, ctx, r -> {
            String court = ctx.court(r, E_COURT);
            int year = r.whole(E_YEAR, 1900, 2100, YEAR_RANGE);
            String code = r.optional(E_CODE);
            if (code != null && !ctx.rules.indicators().isLeaf(code)) {
                r.error(E_CODE, "未知的指标代码（指标体系中没有此末级指标）");
            }
            EvidenceStatus status = r.choice(E_STATUS, STATUSES);
            int count = r.whole(E_COUNT, 0, Integer.MAX_VALUE, "次数不能为负数");
            double score = r.decimal(E_SCORE, 0, 100, "得分应在 0 到 100 之间");
            String reason = r.text(E_REASON);
            // A partial score overrides the automatic finding, so it must be explained (and auditable).
            if (r.has(E_SCORE) && reason.isEmpty()) r.error(E_REASON, "给出得分时必须写明理由");
            if (court == null || year == Integer.MIN_VALUE || code == null || status == null
                    || !ReadContext.firstOccurrence(seen, court + "|" + year + "|" + code, r, E_CODE, "本院本年度的指标佐证")
                    || r.hasErrors() || !ctx.emitting()) {
                return;
            }
            String attachment = r.text(E_ATTACHMENT);
            ctx.sink.evidence(new Rows.Evidence(court, year, code, status, count == Integer.MIN_VALUE ? null : count,
                    Double.isNaN(score) ? null : score, reason.isEmpty() ? null : reason,
                    attachment.isEmpty() ? null : attachment));
        });
    }

    static void statistics(ReadContext ctx, List<TableInput> inputs) {
        Map<String, Long> seen = new HashMap<>();
        SheetReader.read(inputs, RecordType.STATISTICS, ctx, r -> {
            String court = ctx.court(r, S_COURT);
            int year = r.whole(S_YEAR, 1900, 2100, YEAR_RANGE);
            StatisticItem item = r.choice(S_ITEM, ITEMS);
            double value = r.decimal(S_VALUE, 0, Double.MAX_VALUE, "数值不能为负数");
            if (court == null || year == Integer.MIN_VALUE || item == null || Double.isNaN(value)
                    || !ReadContext.firstOccurrence(seen, court + "|" + year + "|" + item, r, S_ITEM, "本院本年度的统计项")
                    || r.hasErrors() || !ctx.emitting()) {
                return;
            }
            String source = r.text(S_SOURCE);
            ctx.sink.statistic(new Rows.Statistic(court, year, item, value, source.isEmpty() ? null : source));
        });
    }

    static void reviews(ReadContext ctx, List<TableInput> inputs) {
        Map<String, Long> seen = new HashMap<>();
        SheetReader.read(inputs, RecordType.REVIEWS, ctx, r -> {
            String court = ctx.court(r, O_COURT);
            KnownKeys.CaseState state = ctx.caseState(r, court, O_NUMBER);
            boolean compliant = r.optional(O_COMPLIANT) != null && r.yesNo(O_COMPLIANT, false);
            String reason = r.optional(O_REASON);
            if (state == KnownKeys.CaseState.UNKNOWN) return;
            if (state != KnownKeys.CaseState.TERMINATED_THIS_ROUND) {
                r.error(O_NUMBER, "该案件不是终本案件（结案方式不是终结本次执行程序），无需复核");
                return;
            }
            String number = CsvFiles.normalizeCaseNumber(r.text(O_NUMBER));
            if (reason == null || !ReadContext.firstOccurrence(seen, court + "|" + number, r, O_NUMBER, "终本复核")
                    || r.hasErrors() || !ctx.emitting()) {
                return;
            }
            String assessor = r.text(O_ASSESSOR);
            ctx.sink.review(new Rows.Review(court, number, compliant, reason, assessor.isEmpty() ? null : assessor));
        });
    }
}
