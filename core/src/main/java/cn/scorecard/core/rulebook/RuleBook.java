package cn.scorecard.core.rulebook;

import cn.scorecard.core.catalog.Catalog;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.staff.StaffRuleSet;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The rules in force, by date: the one port through which the evaluation and the staff assessment get their rules.
 * Versions are never overwritten; a change is a new version with its own effective date (docs/rules.md).
 */
public interface RuleBook {
    /** The level's indicator tree of the catalog version in force on {@code date} (an evaluation: its last day). */
    Catalog catalogFor(CourtLevel level, LocalDate date);

    /** The staff rule set assigned to the court (or to a court above it) on the month's first day. */
    StaffRuleSet staffRulesFor(String court, YearMonth month);
}
