package cn.scorecard.app.rules;

import java.time.LocalDate;

/**
 * What a new catalog version is called and when it is in force, as the form or the upload gives it.
 *
 * @param basedOn the version it is derived from (its other levels are copied unchanged)
 */
record CatalogDraft(String version, String title, LocalDate from, LocalDate to, String basedOn, String note) {
    static final String VERSION_PATTERN = "[0-9A-Za-z][0-9A-Za-z._-]{0,39}";

    /** The checks before any file is read: a name that can be a version, dates in order. */
    void check() {
        if (version == null || !version.matches(VERSION_PATTERN)) {
            throw new RuleEditException("版本", "version", "版本名应为 1—40 个字母、数字、点、横线或下划线（如 2019-2），实为 “"
                    + (version == null ? "" : version) + "”");
        }
        if (from == null) throw new RuleEditException("版本 " + version, "effectiveFrom", "请填写生效日期");
        if (to != null && to.isBefore(from)) {
            throw new RuleEditException("版本 " + version, "effectiveTo", "失效日期 " + to + " 早于生效日期 " + from);
        }
    }

    String titleOr(String fallback) {
        return title == null || title.isBlank() ? fallback : title.strip();
    }
}
