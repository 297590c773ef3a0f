package cn.scorecard.app.platform.runs;

/** A draft may be published once; a published run never changes (superseded is derived, not a status). */
public enum RunStatus {
    DRAFT,
    PUBLISHED
}
