package cn.scorecard.app.platform.demo;

/**
 * Published once the first start's demo province is imported and read: what the start-up computed ahead on the empty
 * database (the evaluations of the first pages) can be computed again for the data now served.
 */
public record DemoLoaded() {
}
