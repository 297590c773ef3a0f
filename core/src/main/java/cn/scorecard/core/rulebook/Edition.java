package cn.scorecard.core.rulebook;

import java.time.LocalDate;

/**
 * An activated version of a catalog or a staff rule set and the dates it is in force.
 *
 * @param to         the last day in force, or null (open-ended)
 * @param activation the order of activation (later activations win among versions starting on the same day)
 */
public record Edition(String version, String title, LocalDate from, LocalDate to, long activation) {
    public Edition {
        if (from == null) throw new IllegalArgumentException("版本 " + version + " 没有生效日期");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("版本 " + version + " 的失效日期 " + to + " 早于生效日期 " + from);
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
