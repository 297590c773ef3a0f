package cn.scorecard.app.rules;

import cn.scorecard.app.web.Messages;
import cn.scorecard.core.staff.DeductionKind;
import cn.scorecard.core.staff.PerOccurrenceRule;
import cn.scorecard.core.staff.Points;
import cn.scorecard.core.staff.QuotaRule;
import cn.scorecard.core.staff.ReductionRule;
import cn.scorecard.core.staff.RuleItem;
import cn.scorecard.core.staff.StaffRuleSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Two staff rule sets side by side: every item of either, its points, bonus cap and how it scores, in each. */
final class StaffCompare {
    private StaffCompare() {
    }

    record Row(String code, String name, Side a, Side b) {
        public boolean changed() {
            return !Objects.equals(a, b);
        }
    }

    /** What the comparison shows of an item. */
    record Side(String name, double points, Double bonusCap, String rule) {
        static Side of(RuleItem i) {
            return new Side(i.name(), i.points(), i.bonusCap(), describe(i));
        }
    }

    static List<Row> rows(StaffRuleSet a, StaffRuleSet b) {
        Map<String, RuleItem> inB = new LinkedHashMap<>();
        for (RuleItem i : b.items()) inB.put(i.code(), i);
        List<Row> out = new ArrayList<>();
        for (RuleItem i : a.items()) {
            RuleItem j = inB.remove(i.code());
            out.add(new Row(i.code(), i.name(), Side.of(i), j == null ? null : Side.of(j)));
        }
        for (RuleItem j : inB.values()) out.add(new Row(j.code(), j.name(), null, Side.of(j)));
        String passMark = Messages.text("rules.staffCompare.passMark");
        out.add(new Row(passMark, passMark, new Side(passMark, a.passMark(), null, ""), new Side(passMark, b.passMark(), null, "")));
        return out;
    }

    /** The item's scoring in a few words: 每件扣 0.5 分, 每少一件扣 3 分、每多一件加 2 分, 递减 8%、每个百分点 0.5 分. */
    static String describe(RuleItem i) {
        if (i.rule() instanceof QuotaRule q) {
            return Messages.text("rules.staffCompare.quota", Points.format(q.shortfallPoints()), Points.format(q.overagePoints()));
        }
        if (i.rule() instanceof ReductionRule r) {
            return Messages.text("rules.staffCompare.reduction", Points.format(r.targetPercent()), Points.format(r.pointsPerPercent()));
        }
        StringBuilder out = new StringBuilder();
        for (DeductionKind k : ((PerOccurrenceRule) i.rule()).deductions()) {
            if (!out.isEmpty()) out.append("；");
            out.append(Messages.text("rules.staffCompare.deduction", k.shortName() == null ? k.name() : k.shortName(), k.unit(),
                    Points.format(k.points())));
        }
        return out.toString();
    }
}
