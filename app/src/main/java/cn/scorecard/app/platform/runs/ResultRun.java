package cn.scorecard.app.platform.runs;

import java.time.LocalDateTime;

/**
 * One stored computation.
 *
 * @param versionNo   1, 2, … per kind and period
 * @param superseded  published, and a newer published run of the same kind and period exists
 * @param json        the result as JSON; null in lists (see {@link ResultRuns#list}), present from get
 */
public record ResultRun(long id, RunKind kind, RunPeriod period, String rulesVersion, String dataFingerprint,
                        RunStatus status, int versionNo, LocalDateTime createdAt, String createdBy,
                        LocalDateTime publishedAt, String publishedBy, boolean superseded, String json) {
    public boolean isPublished() {
        return status == RunStatus.PUBLISHED;
    }
}
