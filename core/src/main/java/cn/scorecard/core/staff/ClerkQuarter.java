package cn.scorecard.core.staff;

import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.data.StaffRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 书记员季度考评结果 = 考评得分 + 本季度每月考核得分 (SUM, the literal 加上) or + their mean (MEAN). Months the
 * clerk was not assessed are left out; a veto in any month of the quarter leaves the quarter without a result,
 * as does a missing evaluation.
 */
final class ClerkQuarter {
    private final List<StaffMember> staff;
    private final StaffRuleSet rules;
    private final int year;
    private final int quarter;
    private final Map<Integer, StaffInputs.ClerkEvaluation> evaluations = new HashMap<>();

    ClerkQuarter(List<StaffMember> staff, StaffRuleSet rules, StaffInputs inputs, int year, int quarter) {
        this.staff = staff;
        this.rules = rules;
        this.year = year;
        this.quarter = quarter;
        for (StaffInputs.ClerkEvaluation e : inputs.clerkEvaluations()) {
            if (e.year() == year && e.quarter() == quarter) evaluations.put(e.staff(), e);
        }
    }

    List<QuarterlyClerkResult> results(List<List<PersonResult>> months) {
        Map<Integer, PersonResult[]> byClerk = new TreeMap<>();
        for (int m = 0; m < months.size(); m++) {
            for (PersonResult r : months.get(m)) {
                if (r.role() == StaffRole.CLERK) byClerk.computeIfAbsent(r.staff(), k -> new PersonResult[3])[m] = r;
            }
        }
        for (int s : evaluations.keySet()) byClerk.computeIfAbsent(s, k -> new PersonResult[3]);
        List<QuarterlyClerkResult> out = new ArrayList<>();
        byClerk.forEach((s, monthly) -> out.add(result(s, monthly)));
        return out;
    }

    private QuarterlyClerkResult result(int s, PersonResult[] monthly) {
        StaffMember m = staff.get(s);
        List<Double> scores = new ArrayList<>();
        boolean vetoed = false;
        double sum = 0;
        int counted = 0;
        for (PersonResult r : monthly) {
            scores.add(r == null ? null : r.total());
            if (r != null && r.vetoed()) vetoed = true;
            if (r != null && r.total() != null) {
                sum += r.total();
                counted++;
            }
        }
        StaffInputs.ClerkEvaluation e = evaluations.get(s);
        Double evaluation = e == null ? null : e.total();
        QuarterlyCombination how = rules.quarterlyCombination();
        Double result = null;
        String note;
        if (vetoed) {
            note = "本季度有一票否决，不予评价";
        } else if (evaluation == null) {
            note = "缺少本季度书记员考评";
        } else if (how == QuarterlyCombination.SUM) {
            result = Points.round(evaluation + sum);
            note = "考评" + Points.format(evaluation) + "分 + 月度得分合计" + Points.format(sum) + "分（" + counted + "个月）";
        } else {
            double mean = counted == 0 ? 0 : sum / counted;
            result = Points.round(evaluation + mean);
            note = "考评" + Points.format(evaluation) + "分 + 月度得分平均" + Points.format(mean) + "分（" + counted + "个月）";
        }
        return new QuarterlyClerkResult(s, m.id(), m.name(), m.court(), year, quarter,
                e == null ? Map.of() : e.parts(), evaluation, scores, how, result, vetoed, note);
    }
}
