package cn.scorecard.core.staff;

import cn.scorecard.core.data.StaffRole;
import java.time.YearMonth;

/**
 * 约谈: the assessment group talks to each person who failed the month; {@code accountability} marks the
 * fails beyond the yearly allowance (问责).
 */
public record Interview(int staff, String staffId, String name, int court, StaffRole role, YearMonth month,
                        double total, int failsInYear, boolean accountability) {
}
