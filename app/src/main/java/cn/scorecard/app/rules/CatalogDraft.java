package cn.scorecard.app.rules;

import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
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
            throw new RuleEditException(Messages.text("rules.node.version"), "version",
                    Messages.text("rules.error.versionName", version == null ? "" : version));
        }
        if (from == null) throw new RuleEditException(Messages.text("rules.node.versionNamed", version), "effectiveFrom", Messages.text("rules.error.noFrom"));
        if (to != null && to.isBefore(from)) {
            throw new RuleEditException(Messages.text("rules.node.versionNamed", version), "effectiveTo",
                    Messages.text("rules.error.toBeforeFrom", Formats.date(to), Formats.date(from)));
        }
    }

    String titleOr(String fallback) {
        return title == null || title.isBlank() ? fallback : title.strip();
    }
}
