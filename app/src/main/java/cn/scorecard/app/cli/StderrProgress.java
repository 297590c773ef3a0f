package cn.scorecard.app.cli;

import cn.scorecard.app.platform.importing.ImportListener;
import cn.scorecard.app.web.Messages;

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
            System.err.println(Messages.text("cli.progress.importedOf", String.valueOf(rowsDone), String.valueOf(totalEstimate),
                    String.valueOf(rowsDone * 100 / totalEstimate)));
        } else {
            System.err.println(Messages.text("cli.progress.imported", String.valueOf(rowsDone)));
        }
    }
}
