package cn.scorecard.core.deadline;

/** Where a case stands against one node deadline as of a given moment. */
public enum DeadlineStatus {
    /** The rule does not apply (wrong case type, no start step, exempt, or closed before the limit without it). */
    NOT_APPLICABLE,
    /** Done before the limit. */
    ON_TIME,
    /** Done, but after the limit. */
    LATE,
    /** Not done and the limit has passed. */
    OVERDUE,
    /** Not done, the limit is still ahead. */
    RUNNING
}
