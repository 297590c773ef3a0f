package cn.scorecard.core.staff;

import cn.scorecard.core.data.ProvinceData;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly assessment of every enforcement officer under a rule set (e.g. 宛法〔2023〕127号). Ranks are
 * within a court and role (员额法官, 法官助理, 书记员 separately), teams within a court. The accountability
 * flag needs the earlier months of the year, which are computed as needed and kept, so an instance is meant
 * for one data set and is not thread-safe.
 */
public final class StaffAssessor {
    private final ProvinceData data;
    private final StaffRulesByCourt rulesByCourt;
    private final StaffInputs inputs;
    /** One scorer (and veto ledger) per rule set version in use, each for the courts assigned to it. */
    private final Map<String, Scorer> scorers = new HashMap<>();
    private final Map<YearMonth, List<PersonResult>> drafts = new HashMap<>();

    private record Scorer(StaffRuleSet rules, VetoLedger vetoes, MonthScorer scorer) {
    }

    public StaffAssessor(ProvinceData data, StaffRuleSet rules, StaffInputs inputs) {
        this(data, StaffRulesByCourt.everywhere(rules), inputs);
    }

    /** Each court's staff under the rule set the court uses in the month. */
    public StaffAssessor(ProvinceData data, StaffRulesByCourt rulesByCourt, StaffInputs inputs) {
        this.data = data;
        this.rulesByCourt = rulesByCourt;
        this.inputs = inputs == null ? StaffInputs.empty() : inputs;
    }

    /** The rule set of a court in a month. */
    public StaffRuleSet rules(String court, YearMonth month) {
        return rulesByCourt.rulesFor(court, month);
    }

    /**
     * One person's monthly total, as {@link #assess} gives it, tallied from only the cases that name them
     * ({@link #rowsNaming}): cheap enough for the planner to ask it once per action of an officer. Null when the person
     * is not assessed in the month or vetoed.
     */
    public Double totalOf(int staff, YearMonth month, int[] rows) {
        if (staff < 0 || staff >= data.staff().size()) return null;
        PersonResult r = scorer(data.staff().get(staff).court(), month).scorer().scoreOne(month, staff, rows);
        return r == null ? null : r.total();
    }

    /** The case rows where the person is 承办法官, 法官助理 or 书记员. */
    public static int[] rowsNaming(cn.scorecard.core.cases.CaseTable cases, int staff) {
        int[] out = new int[16];
        int n = 0;
        for (int r = 0; r < cases.size(); r++) {
            if (cases.judge(r) != staff && cases.assistant(r) != staff && cases.clerk(r) != staff) continue;
            if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
            out[n++] = r;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    public MonthlyAssessment assess(YearMonth month) {
        Map<Integer, Integer> fails = failsInYear(month);
        List<PersonResult> draft = drafts(month);
        Integer[] ranks = rankWithinCourtAndRole(draft);
        List<PersonResult> people = new ArrayList<>(draft.size());
        List<Interview> interviews = new ArrayList<>();
        Set<String> versions = new LinkedHashSet<>();
        for (int i = 0; i < draft.size(); i++) {
            PersonResult r = draft.get(i);
            Scorer s = scorer(r.court(), month);
            versions.add(s.rules().version());
            int failCount = fails.getOrDefault(r.staff(), 0);
            boolean accountable = failCount > s.rules().accountabilityAfterFails();
            boolean eligible = s.vetoes().between(r.staff(), month.withMonth(1).atDay(1), month.atEndOfMonth()).isEmpty();
            PersonResult done = r.withStanding(ranks[i], failCount, accountable, eligible);
            people.add(done);
            if (done.failed()) {
                interviews.add(new Interview(done.staff(), done.staffId(), done.name(), done.court(), done.role(),
                        month, done.total(), failCount, accountable));
            }
        }
        String version = versions.isEmpty() ? rulesByCourt.rulesFor("", month).version() : String.join("、", versions);
        return new MonthlyAssessment(month, version, people, Teams.of(people), interviews);
    }

    /** 书记员季度考评结果 for a quarter (1–4) of a year, each court's clerks under its rule set of the quarter. */
    public List<QuarterlyClerkResult> assessQuarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) throw new IllegalArgumentException("季度应为1到4: " + quarter);
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        List<List<PersonResult>> months = new ArrayList<>();
        for (int m = 0; m < 3; m++) months.add(drafts(first.plusMonths(m)));
        Map<String, StaffRuleSet> byVersion = new LinkedHashMap<>();
        for (int court : courtsOfStaff()) {
            StaffRuleSet r = rulesByCourt.rulesFor(code(court), first);
            byVersion.putIfAbsent(r.version(), r);
        }
        List<QuarterlyClerkResult> out = new ArrayList<>();
        for (StaffRuleSet rules : byVersion.values()) {
            if (rules.clerkQuarterly() == null) continue;
            for (QuarterlyClerkResult q : new ClerkQuarter(data.staff(), rules, inputs, year, quarter).results(months)) {
                if (rulesByCourt.rulesFor(code(q.court()), first).version().equals(rules.version())) out.add(q);
            }
        }
        if (out.isEmpty() && byVersion.values().stream().allMatch(r -> r.clerkQuarterly() == null)) {
            throw new IllegalStateException("考核办法未设书记员季度考评");
        }
        out.sort(java.util.Comparator.comparingInt(QuarterlyClerkResult::staff));
        return out;
    }

    private Map<Integer, Integer> failsInYear(YearMonth month) {
        Map<Integer, Integer> fails = new HashMap<>();
        for (YearMonth m = month.withMonth(1); !m.isAfter(month); m = m.plusMonths(1)) {
            for (PersonResult r : drafts(m)) {
                if (r.failed()) fails.merge(r.staff(), 1, Integer::sum);
            }
        }
        return fails;
    }

    /** Everyone's results without rank and standing, each court's staff scored under its rule set, roster order. */
    private List<PersonResult> drafts(YearMonth month) {
        return drafts.computeIfAbsent(month, m -> {
            Map<String, Set<Integer>> courtsByVersion = new LinkedHashMap<>();
            for (int court : courtsOfStaff()) {
                courtsByVersion.computeIfAbsent(scorer(court, m).rules().version(), k -> new HashSet<>()).add(court);
            }
            List<PersonResult> all = new ArrayList<>();
            courtsByVersion.forEach((version, courts) -> all.addAll(scorers.get(version).scorer().score(m, courts::contains)));
            all.sort(java.util.Comparator.comparingInt(PersonResult::staff));
            return all;
        });
    }

    private Scorer scorer(int court, YearMonth month) {
        StaffRuleSet rules = rulesByCourt.rulesFor(code(court), month);
        return scorers.computeIfAbsent(rules.version(), v -> {
            VetoLedger vetoes = new VetoLedger(rules, inputs, data.disciplines(), data.compensations(), true);
            return new Scorer(rules, vetoes, new MonthScorer(data, rules, inputs, vetoes));
        });
    }

    private Set<Integer> courtsOfStaff() {
        Set<Integer> courts = new java.util.TreeSet<>();
        for (cn.scorecard.core.data.StaffMember m : data.staff()) courts.add(m.court());
        return courts;
    }

    private String code(int court) {
        return court >= 0 && court < data.courts().size() ? data.courts().get(court).code() : "";
    }

    private static Integer[] rankWithinCourtAndRole(List<PersonResult> people) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < people.size(); i++) {
            PersonResult r = people.get(i);
            groups.computeIfAbsent(r.court() + "|" + r.role(), k -> new ArrayList<>()).add(i);
        }
        Integer[] ranks = new Integer[people.size()];
        for (List<Integer> group : groups.values()) {
            Integer[] groupRanks = Ranking.ranks(group, i -> people.get(i).total());
            for (int k = 0; k < group.size(); k++) ranks[group.get(k)] = groupRanks[k];
        }
        return ranks;
    }
}
