package cn.scorecard.core.staff;

import cn.scorecard.core.data.ProvinceData;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
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
    private final StaffRuleSet rules;
    private final StaffInputs inputs;
    private final VetoLedger vetoes;
    private final MonthScorer scorer;
    private final Map<YearMonth, List<PersonResult>> drafts = new HashMap<>();

    public StaffAssessor(ProvinceData data, StaffRuleSet rules, StaffInputs inputs) {
        this.data = data;
        this.rules = rules;
        this.inputs = inputs == null ? StaffInputs.empty() : inputs;
        this.vetoes = new VetoLedger(rules, this.inputs, data.disciplines(), data.compensations());
        this.scorer = new MonthScorer(data, rules, this.inputs, vetoes);
    }

    public StaffRuleSet rules() {
        return rules;
    }

    public MonthlyAssessment assess(YearMonth month) {
        Map<Integer, Integer> fails = failsInYear(month);
        List<PersonResult> draft = drafts(month);
        Integer[] ranks = rankWithinCourtAndRole(draft);
        List<PersonResult> people = new ArrayList<>(draft.size());
        List<Interview> interviews = new ArrayList<>();
        for (int i = 0; i < draft.size(); i++) {
            PersonResult r = draft.get(i);
            int failCount = fails.getOrDefault(r.staff(), 0);
            boolean accountable = failCount > rules.accountabilityAfterFails();
            boolean eligible = vetoes.between(r.staff(), month.withMonth(1).atDay(1), month.atEndOfMonth()).isEmpty();
            PersonResult done = r.withStanding(ranks[i], failCount, accountable, eligible);
            people.add(done);
            if (done.failed()) {
                interviews.add(new Interview(done.staff(), done.staffId(), done.name(), done.court(), done.role(),
                        month, done.total(), failCount, accountable));
            }
        }
        return new MonthlyAssessment(month, rules.version(), people, Teams.of(people), interviews);
    }

    /** 书记员季度考评结果 for a quarter (1–4) of a year. */
    public List<QuarterlyClerkResult> assessQuarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) throw new IllegalArgumentException("季度应为1到4: " + quarter);
        if (rules.clerkQuarterly() == null) throw new IllegalStateException("考核办法未设书记员季度考评");
        List<List<PersonResult>> months = new ArrayList<>();
        for (int m = 0; m < 3; m++) months.add(drafts(YearMonth.of(year, (quarter - 1) * 3 + 1 + m)));
        return new ClerkQuarter(data.staff(), rules, inputs, year, quarter).results(months);
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

    private List<PersonResult> drafts(YearMonth month) {
        return drafts.computeIfAbsent(month, scorer::score);
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
