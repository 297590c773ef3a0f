package cn.scorecard.app.platform.runs;

/** What a result run computed: a court evaluation or a staff assessment. */
public enum RunKind {
    EVALUATION,
    STAFF
}
