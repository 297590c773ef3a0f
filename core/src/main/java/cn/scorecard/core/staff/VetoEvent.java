package cn.scorecard.core.staff;

import java.time.LocalDate;

/**
 * An event raising a one-vote veto (一票否决).
 *
 * @param source where it comes from: a row of 一票否决.csv, a discipline record, a state-compensation case
 */
public record VetoEvent(String conditionCode, String condition, LocalDate day, String source, String detail) {
}
