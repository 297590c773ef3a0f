package cn.scorecard.core.staff;

import cn.scorecard.core.cases.CaseType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/**
 * 消化率: the stock at this month's end should be {@code targetPercent}% below last month's. The difference
 * between the reduction and the target, in whole percentage points truncated toward zero, costs or gains
 * {@code pointsPerPercent} each (每低一个百分点扣0.5分，每高一个百分点加0.5分). No stock last month: full points.
 *
 * @param stock the stock computed at both month ends
 * @param olderThanMonths for age-based stocks, the age a case must exceed; 0 otherwise
 */
public record ReductionRule(Computation stock, Set<CaseType> caseTypes, int olderThanMonths, double targetPercent,
                            double pointsPerPercent) implements ItemRule {
    public ReductionRule {
        caseTypes = Set.copyOf(caseTypes);
    }

    /**
     * Whole percentage points above (positive) or below (negative) the target, truncated toward zero, computed
     * exactly: (100 × (previous − current) − target × previous) / previous.
     */
    static int pointsFromTarget(int previous, int current, double targetPercent) {
        BigDecimal numerator = BigDecimal.valueOf(100L * (previous - current))
                .subtract(BigDecimal.valueOf(targetPercent).multiply(BigDecimal.valueOf(previous)));
        return numerator.divide(BigDecimal.valueOf(previous), 0, RoundingMode.DOWN).intValueExact();
    }

    static String percent(int previous, int current) {
        return BigDecimal.valueOf(100L * (previous - current))
                .divide(BigDecimal.valueOf(previous), 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    ItemResult score(RuleItem item, PersonFacts facts) {
        PersonFacts.Stock s = facts.stock(item.code());
        String base = "上月末存量" + s.previous + "件，本月末存量" + s.current + "件";
        if (s.previous == 0) {
            return ItemResult.of(item, 0, 0, List.of(new Reason(item.text(), base + "；上月末无存量，本项按满分计",
                    0, 0, s.currentCases)));
        }
        int diff = pointsFromTarget(s.previous, s.current, targetPercent);
        String rate = base + "，消化率" + percent(s.previous, s.current) + "%，目标" + Points.format(targetPercent) + "%";
        double points = Points.round(Math.abs(diff) * pointsPerPercent);
        if (diff < 0) {
            return ItemResult.of(item, points, 0, List.of(new Reason(item.text(), rate + "，低" + -diff
                    + "个整百分点（不足一个百分点不计），扣" + Points.format(points) + "分", -diff, -points, s.currentCases)));
        }
        String detail = diff == 0 ? rate + "，未高出一个整百分点，不加不扣"
                : rate + "，高" + diff + "个整百分点（不足一个百分点不计），加" + Points.format(points) + "分";
        return ItemResult.of(item, 0, points, List.of(new Reason(item.text(), detail, diff, points, s.currentCases)));
    }
}
