package cn.scorecard.core.staff;

import cn.scorecard.core.cases.CaseType;
import java.util.List;
import java.util.Set;

/**
 * 完成结案指标数: the quota is set per person and month elsewhere (另行制定); each case short costs
 * {@code shortfallPoints} (扣完为止), each case over gains {@code overagePoints}.
 *
 * @param caseTypes the case types whose closings count
 */
public record QuotaRule(Set<CaseType> caseTypes, double shortfallPoints, double overagePoints) implements ItemRule {
    public QuotaRule {
        caseTypes = Set.copyOf(caseTypes);
    }

    ItemResult score(RuleItem item, PersonFacts facts) {
        PersonFacts.Tally closed = facts.found(item.code());
        int closures = closed == null ? 0 : closed.count;
        List<String> cases = closed == null ? List.of() : closed.refs;
        if (facts.quota == null) {
            return ItemResult.of(item, 0, 0, List.of(new Reason(item.text(),
                    "本月结案" + closures + "件；未设定本月结案指标，本项按满分计", closures, 0, cases)));
        }
        int quota = facts.quota;
        String base = "本月结案" + closures + "件，结案指标" + quota + "件（" + facts.quotaNote + "）";
        if (closures < quota) {
            int shortBy = quota - closures;
            double points = Points.round(shortBy * shortfallPoints);
            return ItemResult.of(item, points, 0, List.of(new Reason(item.text(), base + "，少" + shortBy + "件，每件扣"
                    + Points.format(shortfallPoints) + "分", shortBy, -points, cases)));
        }
        int over = closures - quota;
        double points = Points.round(over * overagePoints);
        String detail = over == 0 ? base + "，恰好完成" : base + "，多执结" + over + "件，每件加" + Points.format(overagePoints) + "分";
        return ItemResult.of(item, 0, points, List.of(new Reason(item.text(), detail, over, points, cases)));
    }
}
