package cn.scorecard.app.platform.runs;

import cn.scorecard.app.messages.Bundle;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One stored computation: an evaluation of the province or a court's staff month.
 *
 * @param scope        the court a staff run covers; '' for an evaluation (it covers the whole province)
 * @param versionNo    1, 2, … per kind, scope and period
 * @param supersededBy the id of a newer published run of the same kind, scope and period, if this one is published
 * @param note         where a version came from (手工计算, 复核调整 …), may be null
 * @param json         the result as JSON; '' in lists, present from {@link ResultRuns#get}
 */
public record ResultRun(long id, RunKind kind, String scope, RunPeriod period, String rulesVersion, String fingerprint,
                        RunStatus status, int versionNo, LocalDateTime createdAt, String createdBy,
                        LocalDateTime publishedAt, String publishedBy, Long supersededBy, String note, String json) {
    public boolean isPublished() {
        return status == RunStatus.PUBLISHED;
    }

    public boolean isDraft() {
        return status == RunStatus.DRAFT;
    }

    public boolean superseded() {
        return supersededBy != null;
    }

    public boolean is(RunKind k) {
        return kind == k;
    }

    /** 已发布 / 待审核 / 已被新版本替代, as the run lists show it. */
    public String statusLabel() {
        if (superseded()) return Bundle.text("runs.status.superseded");
        return Bundle.text(isPublished() ? "runs.status.published" : "runs.status.draft");
    }

    public LocalDate periodStart() {
        return period.start();
    }

    public LocalDate periodEnd() {
        return period.end();
    }
}
