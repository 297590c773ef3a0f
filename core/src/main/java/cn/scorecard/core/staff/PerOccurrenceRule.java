package cn.scorecard.core.staff;

import java.util.ArrayList;
import java.util.List;

/** 每1件（次、份）扣 x 分, several kinds per item, the item's deductions stopping at its points. */
public record PerOccurrenceRule(List<DeductionKind> deductions) implements ItemRule {
    public PerOccurrenceRule {
        deductions = List.copyOf(deductions);
    }

    /** The kind named by its code, name or short name, or null. */
    public DeductionKind kind(String text) {
        for (DeductionKind k : deductions) {
            if (k.isNamedBy(text)) return k;
        }
        return null;
    }

    ItemResult score(RuleItem item, PersonFacts facts) {
        double raw = 0;
        List<Reason> reasons = new ArrayList<>();
        for (DeductionKind k : deductions) {
            PersonFacts.Tally t = facts.found(k.code());
            if (t == null || t.count == 0) continue;
            double points = Points.round(k.points() * t.count);
            raw += points;
            String detail = "每" + k.unit() + "扣" + Points.format(k.points()) + "分，共" + t.count + k.unit()
                    + "，扣" + Points.format(points) + "分";
            reasons.add(new Reason(k.name(), detail, t.count, -points, t.refs));
        }
        if (raw > item.points()) {
            reasons.add(new Reason(item.text(), "扣分合计" + Points.format(raw) + "分，以本项" + Points.format(item.points())
                    + "分为限（扣完为止，不计负分）", 0, 0, List.of()));
        }
        return ItemResult.of(item, raw, 0, reasons);
    }
}
