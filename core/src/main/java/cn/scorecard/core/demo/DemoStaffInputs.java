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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The assessment group's records for the demo staff (docs/demo-data.md): a monthly closure quota for every judge
 * and assistant, 90% of the bureau's closings per team in the month ({@link DemoQuotas}), about one recorded
 * incident per court every two months across the items recorded by hand, one veto in the whole span, and the quarterly
 * evaluation of every clerk. Deterministic for a spec, and the same whether the cases come all at once or in parts.
 */
public final class DemoStaffInputs {
    private DemoStaffInputs() {
    }

    public static StaffInputs generate(DemoSpec spec, ProvinceData data, StaffRuleSet rules) {
        Collector c = new Collector(spec, data, rules);
        c.observe(data.cases());
        return c.finish();
    }

    /**
     * What the inputs need from the cases, gathered part by part ({@link #observe}, any order): each officer's
     * closings per month, and the cases the incidents are about.
     */
    static final class Collector {
        private final ProvinceData data;
        private final StaffRuleSet rules;
        private final YearMonth first;
        private final YearMonth last;
        private final int firstDay;
        private final DemoIncidents incidents;
        private final List<StaffInputs.VetoRecord> vetoes;
        private final List<StaffInputs.ClerkEvaluation> evaluations;
        /** closings[person][month since first], as judge or assistant. */
        private final int[][] closings;

        /** @param data courts and staff (the cases come through {@link #observe}) */
        Collector(DemoSpec spec, ProvinceData data, StaffRuleSet rules) {
            Rand rand = new Rand(spec.seed()).fork(11);
            this.data = data;
            this.rules = rules;
            this.first = YearMonth.of(spec.startYear(), 1);
            this.last = YearMonth.from(spec.evaluationEnd());
            this.firstDay = (int) first.atDay(1).toEpochDay();
            this.incidents = new DemoIncidents(rand.fork(1), data, rules, first, last);
            this.vetoes = veto(rand.fork(2), data, rules, last);
            this.evaluations = evaluations(rand.fork(3), data, rules, spec.startYear(), spec.evaluationEnd());
            this.closings = new int[data.staff().size()][(int) first.until(last, ChronoUnit.MONTHS) + 1];
        }

        void observe(CaseTable cases) {
            incidents.observe(cases);
            int lastDay = (int) last.atEndOfMonth().toEpochDay();
            for (int r = 0; r < cases.size(); r++) {
                int closed = cases.closed(r);
                if (closed == Times.NONE || closed < firstDay || closed > lastDay) continue;
                int month = (int) first.until(YearMonth.from(LocalDate.ofEpochDay(closed)), ChronoUnit.MONTHS);
                if (cases.judge(r) >= 0) closings[cases.judge(r)][month]++;
                if (cases.assistant(r) >= 0) closings[cases.assistant(r)][month]++;
            }
        }

        StaffInputs finish() {
            var quotas = DemoQuotas.quotas(data.staff(), rules, data.calendar(), first, closings);
            return new StaffInputs(incidents.incidents(), quotas, vetoes, evaluations);
        }
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
