package cn.scorecard.app.platform.importing;

import cn.scorecard.app.audit.AuditChain;
import cn.scorecard.app.messages.Bundle;
import cn.scorecard.core.io.ImportError;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.stream.Collectors;

/**
 * The record of an import: one row of import_log and one audit entry, written over the import's own connection
 * so that an accepted import commits its data, its log row and its audit entry together (a crash leaves all or
 * none). A rejected import wrote nothing, so its record goes in a transaction of its own.
 */
final class ImportLog {
    private static final int LOGGED_ERRORS = 20;

    private ImportLog() {
    }

    /** Writes the log row and the audit entry; the caller commits. */
    static void write(Connection c, String actor, ImportReport r) throws SQLException {
        LocalDateTime end = LocalDateTime.now();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_log (started_at, finished_at, actor, files, "
                + "rows_read, accepted, error_count, first_errors, data_version, rows_written, written) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, end.minus(r.elapsed()));
            ps.setObject(2, end);
            ps.setString(3, truncate(actor, 100));
            ps.setString(4, truncate(String.join(Bundle.text("common.listSeparator"), r.tables()), 4000));
            ps.setLong(5, r.rowsRead());
            ps.setBoolean(6, r.accepted());
            ps.setInt(7, r.errors().size());
            ps.setString(8, r.errors().isEmpty() ? null : r.errors().stream().limit(LOGGED_ERRORS)
                    .map(ImportError::toString).collect(Collectors.joining("\n")));
            if (r.accepted()) ps.setLong(9, r.dataVersion());
            else ps.setNull(9, java.sql.Types.BIGINT);
            ps.setLong(10, r.rowsWritten());
            ps.setString(11, truncate(r.written().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("、")), 1000));
            ps.executeUpdate();
        }
        AuditChain.append(c, new AuditChain.Entry(actor, Bundle.text(r.accepted() ? "import.audit.accepted" : "import.audit.rejected"), "import",
                String.join(Bundle.text("common.listSeparator"), r.tables()), null, null, r.summary(LOGGED_ERRORS)));
    }

    /** The record of a rejected import, in a transaction of its own. */
    static void writeRejected(Connection c, String actor, ImportReport r) throws SQLException {
        c.setAutoCommit(false);
        try {
            write(c, actor, r);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
