package cn.scorecard.app.staff;

import cn.scorecard.app.platform.ProvinceSource;
import cn.scorecard.app.platform.StaffInputsSource;
import cn.scorecard.app.platform.rules.RuleBookService;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.staff.MonthlyAssessment;
import cn.scorecard.core.staff.PersonResult;
import cn.scorecard.core.staff.StaffAssessor;
import cn.scorecard.core.staff.StaffRuleSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Computes the monthly staff assessment from the current data and the assessment group's records. One
 * assessor per data version keeps the months it has computed (December's accountability needs the year).
 */
@Service
public class StaffResultService {
    private final ProvinceSource province;
    private final StaffInputsSource inputs;
    private final RuleBookService rules;
    private volatile Object[] assessor; // {data version, StaffAssessor, rule-book generation}
    private volatile Object[] lastMonth; // {data version, YearMonth}

    StaffResultService(ProvinceSource province, StaffInputsSource inputs, RuleBookService rules) {
        this.province = province;
        this.inputs = inputs;
        this.rules = rules;
    }

    /** The rule set a court's staff are assessed under in a month (the rule book's assignment). */
    public StaffRuleSet rules(String court, YearMonth month) {
        return rules.staffRulesFor(court, month);
    }

    /** The rule set a stored month was computed with (its recorded version), else the court's of that month. */
    public StaffRuleSet rulesOf(cn.scorecard.app.platform.runs.ResultRun run) {
        return rules.staffRules(run.rulesVersion())
                .orElseGet(() -> rules(run.scope(), YearMonth.from(run.periodStart())));
    }

    public ProvinceData data() {
        return province.current();
    }

    public MonthlyAssessment month(YearMonth month) {
        StaffAssessor a = assessor();
        synchronized (a) { // the assessor keeps the months it computed; one month at a time
            return a.assess(month);
        }
    }

    /**
     * A person's monthly total on other data (the planner's hypothetical data, where one action has been applied),
     * with the current rules and the assessment group's records; null when the person is not assessed that month.
     */
    /**
     * One officer's monthly total as a function of (hypothetical) data with the same cases in the same places: the
     * rows that name the officer are found once, and each call tallies only those (the officer's planner asks it once
     * per action).
     */
    public java.util.function.Function<ProvinceData, Double> officerTotal(String staffId, int staff, YearMonth month) {
        int[] rows = cn.scorecard.core.staff.StaffAssessor.rowsNaming(province.current().cases(), staff);
        return d -> new StaffAssessor(d, rules::staffRulesFor, inputs.current()).totalOf(staff, month, rows);
    }

    public Double totalOn(ProvinceData hypothetical, String staffId, YearMonth month) {
        cn.scorecard.core.staff.PersonResult p = new StaffAssessor(hypothetical, rules::staffRulesFor, inputs.current()).assess(month)
                .person(staffId);
        return p == null ? null : p.total();
    }

    /** A person's results for every month of the year up to {@code month}. */
    public List<PersonResult> yearOf(String staffId, YearMonth month) {
        List<PersonResult> out = new ArrayList<>();
        for (int m = 1; m <= month.getMonthValue(); m++) {
            person(staffId, YearMonth.of(month.getYear(), m)).ifPresent(out::add);
        }
        return out;
    }

    public Optional<PersonResult> person(String staffId, YearMonth month) {
        return month(month).people().stream().filter(p -> p.staffId().equals(staffId)).findFirst();
    }

    public Optional<StaffMember> member(String staffId) {
        return province.current().staff().stream().filter(s -> s.id().equals(staffId)).findFirst();
    }

    /** The last complete month of the data (the monthly cycle assesses last month). */
    public YearMonth defaultMonth() {
        YearMonth last = lastDataMonth();
        YearMonth previous = YearMonth.now().minusMonths(1);
        return last.isBefore(previous) ? last : previous;
    }

    /** The month of the data's last filing or closing, found once per data version (a scan of every case). */
    private YearMonth lastDataMonth() {
        long version = province.version();
        Object[] cached = lastMonth;
        if (cached != null && (long) cached[0] == version) return (YearMonth) cached[1];
        ProvinceData d = province.current();
        int max = Integer.MIN_VALUE;
        for (int r = 0; r < d.cases().size(); r++) max = Math.max(max, Math.max(d.cases().filed(r), d.cases().closed(r)));
        YearMonth month = max == Integer.MIN_VALUE ? YearMonth.now() : YearMonth.from(LocalDate.ofEpochDay(max));
        lastMonth = new Object[] {version, month};
        return month;
    }

    private StaffAssessor assessor() {
        long version = province.version();
        Object[] a = assessor;
        long generation = rules.generation();
        if (a == null || (long) a[0] != version || (long) a[2] != generation) {
            synchronized (this) {
                a = assessor;
                if (a == null || (long) a[0] != version || (long) a[2] != generation) {
                    a = new Object[] {version, new StaffAssessor(province.current(), rules::staffRulesFor, inputs.current()),
                            generation};
                    assessor = a;
                }
            }
        }
        return (StaffAssessor) a[1];
    }
}
