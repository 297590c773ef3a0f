package cn.scorecard.app.platform.importing;

import cn.scorecard.core.io.ImportError;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** One row of import_log per import, written after the import's own transaction (so rejections are kept too). */
final class ImportLog {
    private static final int LOGGED_ERRORS = 20;

    private ImportLog() {
    }

    static void record(DataSource ds, String actor, ImportReport r) {
        LocalDateTime end = LocalDateTime.now();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO import_log (started_at, finished_at, actor, files, "
                     + "rows_read, accepted, error_count, first_errors, data_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            c.setAutoCommit(true);
            ps.setTimestamp(1, Timestamp.valueOf(end.minus(r.elapsed())));
            ps.setTimestamp(2, Timestamp.valueOf(end));
            ps.setString(3, actor);
            ps.setString(4, truncate(String.join("、", r.tables()), 4000));
            ps.setLong(5, r.rowsRead());
            ps.setBoolean(6, r.accepted());
            ps.setInt(7, r.errors().size());
            ps.setString(8, r.errors().isEmpty() ? null : r.errors().stream().limit(LOGGED_ERRORS)
                    .map(ImportError::toString).collect(Collectors.joining("\n")));
            if (r.accepted()) ps.setLong(9, r.dataVersion());
            else ps.setNull(9, java.sql.Types.BIGINT);
            ps.executeUpdate();
        } catch (SQLException e) {
            // the log is a courtesy: the import itself has already succeeded or been rolled back
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
