package cn.scorecard.core.demo;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.data.StaffRole;
import cn.scorecard.core.staff.ClerkQuarterlyRule;
import cn.scorecard.core.staff.DeductionKind;
import cn.scorecard.core.staff.PerOccurrenceRule;
import cn.scorecard.core.staff.QuotaRule;
import cn.scorecard.core.staff.RuleItem;
import cn.scorecard.core.staff.StaffInputs;
import cn.scorecard.core.staff.StaffRuleSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The assessment group's records for the demo staff (docs/demo-data.md): a standing monthly closure quota for
 * every judge and assistant (about 90% of what they actually close a month) with lower quotas in February
 * (春节), about one recorded incident per court every two months across the items recorded by hand, one veto
 * in the whole span, and the quarterly evaluation of every clerk. Deterministic for a spec.
 */
public final class DemoStaffInputs {
    private DemoStaffInputs() {
    }

    public static StaffInputs generate(DemoSpec spec, ProvinceData data, StaffRuleSet rules) {
        Rand rand = new Rand(spec.seed()).fork(11);
        YearMonth first = YearMonth.of(spec.startYear(), 1);
        YearMonth last = YearMonth.from(spec.evaluationEnd());
        List<StaffInputs.ClosureQuota> quotas = quotas(data, rules, first, last);
        List<StaffInputs.Incident> incidents = new DemoIncidents(rand.fork(1), data, rules).generate(first, last);
        List<StaffInputs.VetoRecord> vetoes = veto(rand.fork(2), data, rules, last);
        List<StaffInputs.ClerkEvaluation> evaluations = evaluations(rand.fork(3), data, rules, spec.startYear(), spec.evaluationEnd());
        return new StaffInputs(incidents, quotas, vetoes, evaluations);
    }

    /** Standing quotas from each person's closings per active month; February of each year at 60%. */
    private static List<StaffInputs.ClosureQuota> quotas(ProvinceData data, StaffRuleSet rules, YearMonth first,
                                                         YearMonth last) {
        int[] closed = closings(data.cases(), data.staff().size());
        List<StaffInputs.ClosureQuota> out = new ArrayList<>();
        for (int p = 0; p < data.staff().size(); p++) {
            StaffMember s = data.staff().get(p);
            if (!hasQuota(rules, s.role())) continue;
            int months = activeMonths(s, first, last);
            if (months == 0) continue;
            int standing = Math.max(1, (int) Math.floor(0.9 * closed[p] / months));
            out.add(new StaffInputs.ClosureQuota(p, null, standing));
            for (int y = first.getYear(); y <= last.getYear(); y++) {
                YearMonth feb = YearMonth.of(y, 2);
                if (!feb.isAfter(last) && s.activeOn(feb.atDay(1))) {
                    out.add(new StaffInputs.ClosureQuota(p, feb, Math.max(1, (int) Math.round(standing * 0.6))));
                }
            }
        }
        return out;
    }

    /** Cases closed per person as judge or assistant. */
    private static int[] closings(CaseTable cases, int staff) {
        int[] closed = new int[staff];
        for (int r = 0; r < cases.size(); r++) {
            if (cases.closed(r) == Times.NONE) continue;
            if (cases.judge(r) >= 0) closed[cases.judge(r)]++;
            if (cases.assistant(r) >= 0) closed[cases.assistant(r)]++;
        }
        return closed;
    }

    private static int activeMonths(StaffMember s, YearMonth first, YearMonth last) {
        int n = 0;
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            if (s.activeOn(m.atEndOfMonth())) n++;
        }
        return n;
    }

    static boolean hasQuota(StaffRuleSet rules, StaffRole role) {
        for (RuleItem i : rules.itemsFor(role)) {
            if (i.rule() instanceof QuotaRule) return true;
        }
        return false;
    }

    /** One 弄虚作假 or 重大恶性事件 veto of an assessed officer in the last year. */
    private static List<StaffInputs.VetoRecord> veto(Rand rand, ProvinceData data, StaffRuleSet rules, YearMonth last) {
        List<Integer> assessed = new ArrayList<>();
        for (int p = 0; p < data.staff().size(); p++) {
            if (rules.assessedRoles().contains(data.staff().get(p).role())) assessed.add(p);
        }
        String condition = rand.chance(0.5) ? "FALSIFICATION" : "MAJOR_INCIDENT";
        if (assessed.isEmpty() || rules.veto(condition) == null) return List.of();
        int person = assessed.get(rand.index(assessed.size()));
        YearMonth month = YearMonth.of(last.getYear(), rand.between(1, last.getMonthValue()));
        LocalDate day = month.atDay(rand.between(1, month.lengthOfMonth()));
        String note = condition.equals("FALSIFICATION") ? "虚构执行线索查询记录，经督察核实" : "强制腾退中处置不当造成人员受伤";
        return List.of(new StaffInputs.VetoRecord("一票否决.csv第2行", person, day, condition, note));
    }

    /** Every clerk's four parts for each quarter ended by the evaluation end, mostly 80–100% of the points. */
    private static List<StaffInputs.ClerkEvaluation> evaluations(Rand rand, ProvinceData data, StaffRuleSet rules,
                                                                 int startYear, LocalDate end) {
        ClerkQuarterlyRule q = rules.clerkQuarterly();
        List<StaffInputs.ClerkEvaluation> out = new ArrayList<>();
        if (q == null) return out;
        for (int p = 0; p < data.staff().size(); p++) {
            StaffMember s = data.staff().get(p);
            if (s.role() != StaffRole.CLERK) continue;
            double diligence = rand.uniform(0.8, 0.97);
            for (YearMonth m = YearMonth.of(startYear, 3); !m.atEndOfMonth().isAfter(end); m = m.plusMonths(3)) {
                if (!s.activeOn(m.atEndOfMonth())) continue;
                Map<String, Double> parts = new LinkedHashMap<>();
                for (ClerkQuarterlyRule.Part part : q.parts()) {
                    double share = Math.min(1.0, diligence + rand.uniform(-0.06, 0.06));
                    parts.put(part.code(), Math.round(part.points() * share * 2) / 2.0);
                }
                out.add(new StaffInputs.ClerkEvaluation(p, m.getYear(), (m.getMonthValue() + 2) / 3, parts));
            }
        }
        return out;
    }

    /** The kinds the assessment group records by hand (source INCIDENT) that apply to a role. */
    static List<DeductionKind> recordedKinds(StaffRuleSet rules, StaffRole role) {
        List<DeductionKind> out = new ArrayList<>();
        for (RuleItem i : rules.itemsFor(role)) {
            if (!(i.rule() instanceof PerOccurrenceRule r)) continue;
            for (DeductionKind k : r.deductions()) {
                if (k.source() == DeductionKind.Source.INCIDENT) out.add(k);
            }
        }
        return out;
    }
}
