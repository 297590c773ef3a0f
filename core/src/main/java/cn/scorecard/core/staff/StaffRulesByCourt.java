package cn.scorecard.core.staff;

import java.time.YearMonth;

/**
 * Which rule set assesses a court's staff in a month (each basic court has its own method, revised now and then);
 * the application answers it from its rule book, the file-based commands and the tests with one rule set.
 */
@FunctionalInterface
public interface StaffRulesByCourt {
    StaffRuleSet rulesFor(String court, YearMonth month);

    /** The same rule set for every court and month. */
    static StaffRulesByCourt everywhere(StaffRuleSet rules) {
        return (court, month) -> rules;
    }
}
