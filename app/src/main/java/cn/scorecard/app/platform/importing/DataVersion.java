package cn.scorecard.app.platform.importing;

import cn.scorecard.app.messages.Bundle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import cn.scorecard.app.platform.store.Table;
import cn.scorecard.app.platform.store.Vendor;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.UUID;

/** The one-row data version: raising it first thing in an import takes its row lock until commit or rollback. */
final class DataVersion {
    private DataVersion() {
    }

    /** How long an import waits for another to finish before it gives up. */
    private static final int WAIT_SECONDS = 600;

    /**
     * Raises the version inside the import's transaction and returns the new value; an import of courts, staff, cases
     * or steps also sets a new cases token (the built cases kept by servers and their snapshots then no longer apply).
     */
    static long raise(Connection c, String actor, boolean cases) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(Vendor.of(c) == Vendor.POSTGRESQL ? "SET LOCAL lock_timeout = '" + WAIT_SECONDS + "s'"
                    : "SET LOCK_TIMEOUT " + WAIT_SECONDS * 1000);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE data_version SET version = version + 1, changed_at = ?, changed_by = ? WHERE id = 1")) {
            ps.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now()));
            ps.setString(2, actor);
            if (ps.executeUpdate() != 1) throw new SQLException(Bundle.text("import.error.dataVersion"));
        }
        if (cases) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE data_version SET cases_token = ? WHERE id = 1")) {
                ps.setString(1, UUID.randomUUID().toString());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM data_version WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Whether the database has no court, person, case or step yet (asked under the lock, so no import adds one). */
    static boolean noCasesYet(Connection c) throws SQLException {
        for (Table table : new Table[] {Table.COURT, Table.STAFF, Table.CASE, Table.STEP}) {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + table.sqlName() + " FETCH FIRST 1 ROWS ONLY");
                 ResultSet rs = ps.executeQuery()) {
                if (rs.next()) return false;
            }
        }
        return true;
    }
}
