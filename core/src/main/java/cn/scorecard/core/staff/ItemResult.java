package cn.scorecard.core.staff;

import java.util.List;

/**
 * One item's result: score = max(0, points − deductions) + bonus.
 *
 * @param deductions the deductions applied, at most the item's points (扣完为止，不计负分)
 * @param bonus the bonus (加分), capped only when the rule set sets a cap
 */
public record ItemResult(String code, String name, double points, double deductions, double bonus, double score,
                         List<Reason> reasons) {
    public ItemResult {
        reasons = List.copyOf(reasons);
    }

    static ItemResult of(RuleItem item, double rawDeductions, double rawBonus, List<Reason> reasons) {
        double deductions = Points.round(Math.min(item.points(), rawDeductions));
        double bonus = item.bonusCap() == null ? rawBonus : Math.min(item.bonusCap(), rawBonus);
        bonus = Points.round(bonus);
        double score = Points.round(item.points() - deductions + bonus);
        return new ItemResult(item.code(), item.name(), item.points(), deductions, bonus, score, reasons);
    }
}
