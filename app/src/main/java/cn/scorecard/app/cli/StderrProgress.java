package cn.scorecard.app.cli;

import cn.scorecard.app.platform.importing.ImportListener;

/** Progress of a long import on stderr, at most once a second. */
final class StderrProgress implements ImportListener {
    private static final long EVERY_NANOS = 1_000_000_000L;
    private long last = System.nanoTime();

    @Override
    public void progress(long rowsDone, long totalEstimate) {
        long now = System.nanoTime();
        if (now - last < EVERY_NANOS) return;
        last = now;
        if (totalEstimate > 0) {
            System.err.printf("已导入 %d / 约 %d 行（%d%%）%n", rowsDone, totalEstimate, rowsDone * 100 / totalEstimate);
        } else {
            System.err.printf("已导入 %d 行%n", rowsDone);
        }
    }
}
