package cn.scorecard.app.platform.importing;

import cn.scorecard.app.messages.Bundle;
import cn.scorecard.app.messages.Formats;
import cn.scorecard.core.io.ImportError;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one import. Accepted: every row of every file was written, in one transaction. Rejected:
 * nothing was written (the database is exactly as before) and {@link #errors()} lists every problem found
 * (up to 100,000) with file, sheet, row, column, value and reason.
 *
 * @param tables    the tables read, e.g. {@code 案件.csv} or {@code 数据.xlsx 工作表“案件”}
 * @param rowsRead  data rows read and checked
 * @param written   rows written per record type label (案件, 流程节点 …); empty when rejected
 * @param dataVersion the data version after the import (unchanged when rejected)
 */
public record ImportReport(boolean accepted, List<String> tables, long rowsRead, Map<String, Long> written,
                           List<ImportError> errors, long dataVersion, Duration elapsed) {
    public ImportReport {
        tables = List.copyOf(tables);
        written = Map.copyOf(written);
        errors = List.copyOf(errors);
    }

    /** The same report with the time it took until now (after the commit). */
    ImportReport took(Duration until) {
        return new ImportReport(accepted, tables, rowsRead, written, errors, dataVersion, until);
    }

    /** Rows written in all tables. */
    public long rowsWritten() {
        return written.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Rows per second over the whole import. */
    public long rowsPerSecond() {
        long ms = Math.max(1, elapsed.toMillis());
        return rowsRead * 1000 / ms;
    }

    /** A short Chinese summary, followed by up to {@code maxErrors} errors when rejected. */
    public String summary(int maxErrors) {
        StringBuilder sb = new StringBuilder();
        String time = Formats.duration(elapsed);
        if (accepted) {
            sb.append(Bundle.text("import.report.accepted", String.valueOf(rowsRead), String.valueOf(rowsWritten()), time,
                    String.valueOf(rowsPerSecond()), String.valueOf(dataVersion)));
            written.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> sb.append("\n  ").append(Bundle.text("import.report.table", e.getKey(), String.valueOf(e.getValue()))));
            return sb.toString();
        }
        sb.append(Bundle.text("import.report.rejected", String.valueOf(errors.size()), time));
        int shown = Math.min(maxErrors, errors.size());
        for (int i = 0; i < shown; i++) sb.append('\n').append(errors.get(i));
        if (errors.size() > shown) sb.append('\n').append(Bundle.text("import.report.more", String.valueOf(errors.size() - shown)));
        return sb.toString();
    }
}
