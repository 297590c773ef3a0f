package cn.scorecard.core.metric;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.data.StatisticItem;
import java.util.BitSet;

/**
 * Ratios read from court statistics (法院统计) of the period's year: 保全率 (保全案件数 ÷ 一审民商事案件数),
 * 执行人员比例 and the 员额 ratio of the enforcement bureau against the trial divisions.
 */
final class StatisticRatioMetric extends DefinedMetric {
    enum Kind { PRESERVATION_RATE, ENFORCEMENT_STAFF_RATIO, JUDGE_QUOTA_VS_TRIAL }

    private final Kind kind;

    StatisticRatioMetric(MetricDefinition declaration, Kind kind) {
        super(declaration);
        this.kind = kind;
    }

    @Override
    public MetricValue compute(EvaluationContext ctx, int court) {
        int year = ctx.period().year();
        return switch (kind) {
            case PRESERVATION_RATE -> preservation(ctx, court, stat(ctx, court, year, StatisticItem.FIRST_INSTANCE_CIVIL_CASES));
            case ENFORCEMENT_STAFF_RATIO -> plain(stat(ctx, court, year, StatisticItem.ENFORCEMENT_ESTABLISHMENT),
                    stat(ctx, court, year, StatisticItem.COURT_ESTABLISHMENT), "执行局在编人数", "法院在编总人数");
            case JUDGE_QUOTA_VS_TRIAL -> quota(ctx, court, year);
        };
    }

    private static Double stat(EvaluationContext ctx, int court, int year, StatisticItem item) {
        return ctx.data().statistic(court, year, item);
    }

    private static MetricValue plain(Double num, Double den, String numLabel, String denLabel) {
        if (num == null || den == null) return MetricValue.missing("缺少法院统计：" + numLabel + "/" + denLabel);
        return MetricValue.ratio(num, den, RecordSet.empty(RecordKind.STATISTIC), RecordSet.empty(RecordKind.STATISTIC),
                numLabel + " " + fmt(num) + " ÷ " + denLabel + " " + fmt(den));
    }

    private MetricValue preservation(EvaluationContext ctx, int court, Double civilCases) {
        if (civilCases == null) return MetricValue.missing("缺少法院统计：一审民商事案件数");
        CaseTable t = ctx.cases();
        int start = t.courtStart(court);
        BitSet bits = new BitSet();
        for (int r = start, end = t.courtEnd(court); r < end; r++) {
            if (t.type(r) == CaseType.PRESERVATION && ctx.inPeriod(t.filed(r))) bits.set(r - start);
        }
        RecordSet set = new RecordSet(RecordKind.CASE, start, bits);
        return MetricValue.ratio(set.size(), civilCases, set, RecordSet.empty(RecordKind.STATISTIC),
                "保全案件 " + set.size() + " ÷ 一审民商事案件 " + fmt(civilCases));
    }

    private MetricValue quota(EvaluationContext ctx, int court, int year) {
        Double ej = stat(ctx, court, year, StatisticItem.ENFORCEMENT_QUOTA_JUDGES);
        Double ee = stat(ctx, court, year, StatisticItem.ENFORCEMENT_ESTABLISHMENT_POLITICAL);
        Double tj = stat(ctx, court, year, StatisticItem.TRIAL_QUOTA_JUDGES);
        Double te = stat(ctx, court, year, StatisticItem.TRIAL_ESTABLISHMENT_POLITICAL);
        if (ej == null || ee == null || tj == null || te == null || ee == 0 || te == 0 || tj == 0) {
            return MetricValue.missing("缺少法院统计：员额法官数/中央政法编制人数");
        }
        double enforcement = ej / ee;
        double trial = tj / te;
        return MetricValue.ratio(enforcement, trial, RecordSet.empty(RecordKind.STATISTIC),
                RecordSet.empty(RecordKind.STATISTIC), String.format("执行局员额比例 %.4f ÷ 业务庭员额比例 %.4f", enforcement, trial));
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
