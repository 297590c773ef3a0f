package cn.scorecard.app.evaluation;

/**
 * Published once, on the warm-up's own thread, when the server's start-up evaluations of the latest period are in
 * the caches: what builds on them (the court report) may warm up now without competing with the start.
 */
public record EvaluationWarmedUp(PeriodParam latest) {
}
