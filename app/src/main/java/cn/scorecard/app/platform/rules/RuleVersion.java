package cn.scorecard.app.platform.rules;

import java.time.LocalDateTime;

/**
 * A stored version of an indicator catalog or a staff rule set, as the court uses it.
 *
 * @param kind    CATALOG (an indicator system, YAML of one level) or STAFF_RULES (a staff-assessment method)
 * @param version e.g. {@code 2019/high} or {@code 宛法〔2023〕127号}
 * @param content the YAML text as given
 */
public record RuleVersion(Kind kind, String version, String content, LocalDateTime createdAt, String createdBy) {
    public enum Kind { CATALOG, STAFF_RULES }
}
