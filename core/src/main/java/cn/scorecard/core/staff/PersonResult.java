package cn.scorecard.core.staff;

import cn.scorecard.core.data.StaffRole;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One person's month.
 *
 * @param staff index into {@code ProvinceData.staff()}
 * @param activeFrom first active day of the month (later than the 1st for someone who joined mid-month)
 * @param activeTo last active day of the month
 * @param items every item's result, in the rule set's order (computed even when vetoed, for information)
 * @param total the sum of the item scores; null when vetoed (不对其业绩进行评价); may exceed 100 with bonuses
 * @param vetoes the veto events of the month
 * @param rank rank within the court and role (1, 2, 2, 4 for ties); null when vetoed
 * @param failsInYear months failed in the calendar year up to and including this one
 * @param accountability more fails in the year than the rule set allows (问责), from the 4th fail on
 * @param awardEligible no veto in the year so far (评先评优资格)
 */
public record PersonResult(int staff, String staffId, String name, int court, StaffRole role, String team,
                           YearMonth month, LocalDate activeFrom, LocalDate activeTo, List<ItemResult> items,
                           Double total, Outcome outcome, List<VetoEvent> vetoes, Integer rank, int failsInYear,
                           boolean accountability, boolean awardEligible) {
    public PersonResult {
        items = List.copyOf(items);
        vetoes = List.copyOf(vetoes);
    }

    public boolean passed() {
        return outcome == Outcome.PASSED;
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }

    public boolean vetoed() {
        return outcome == Outcome.VETOED;
    }

    /** The result of an item by code, or null. */
    public ItemResult item(String code) {
        for (ItemResult i : items) {
            if (i.code().equals(code)) return i;
        }
        return null;
    }

    PersonResult withStanding(Integer newRank, int fails, boolean accountable, boolean eligible) {
        return new PersonResult(staff, staffId, name, court, role, team, month, activeFrom, activeTo, items, total,
                outcome, vetoes, newRank, fails, accountable, eligible);
    }
}
