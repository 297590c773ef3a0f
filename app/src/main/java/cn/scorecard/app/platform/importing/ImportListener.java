package cn.scorecard.app.platform.importing;

/**
 * Told how far a long import has come: rows read and checked so far (all files together) and an estimate of
 * the total (the line count of CSV files; 0 while unknown, e.g. for a workbook). Called from the importing
 * thread every few thousand rows and at the end of each file; it must return quickly.
 */
@FunctionalInterface
public interface ImportListener {
    ImportListener NONE = (done, total) -> { };

    void progress(long rowsDone, long totalEstimate);
}
