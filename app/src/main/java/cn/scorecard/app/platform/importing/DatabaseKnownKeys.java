package cn.scorecard.app.platform.importing;

import cn.scorecard.app.messages.Bundle;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.StaffRole;
import cn.scorecard.core.io.KnownKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The keys already in the database, read over a connection of their own: it sees the committed data as it
 * was before this import, and it stays usable while the import's connection is busy copying. Courts and
 * staff are read at once (a few thousand rows); the cases of a court only when a file first refers to a case
 * of that court that the files themselves lack.
 */
final class DatabaseKnownKeys implements KnownKeys, AutoCloseable {
    private final Connection connection;
    private final Map<String, CourtLevel> courts = new HashMap<>();
    private final Map<String, StaffRole> staff = new HashMap<>();
    private final Map<String, String> staffCourts = new HashMap<>();
    /** Per court: case number → case_id × 2 + 1 when closed by 终结本次执行程序. */
    private final Map<String, Map<String, Long>> cases = new HashMap<>();

    DatabaseKnownKeys(DataSource ds) throws SQLException {
        connection = ds.getConnection();
        connection.setAutoCommit(false); // lets PostgreSQL stream a court's cases with a cursor
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT code, court_level FROM court")) {
                while (rs.next()) courts.put(rs.getString(1), CourtLevel.valueOf(rs.getString(2)));
            }
            try (ResultSet rs = s.executeQuery("SELECT code, role, court_code FROM staff")) {
                while (rs.next()) {
                    staff.put(rs.getString(1), StaffRole.valueOf(rs.getString(2)));
                    staffCourts.put(rs.getString(1), rs.getString(3));
                }
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public CourtLevel courtLevel(String code) {
        return courts.get(code);
    }

    @Override
    public StaffRole staffRole(String id) {
        return staff.get(id);
    }

    @Override
    public String staffCourt(String id) {
        return staffCourts.get(id);
    }

    @Override
    public CaseState caseState(String court, String number) {
        Long v = casesOf(court).get(number);
        if (v == null) return CaseState.UNKNOWN;
        return (v & 1) == 1 ? CaseState.TERMINATED_THIS_ROUND : CaseState.KNOWN;
    }

    /** The case_id of a case the database held before this import, or -1. */
    long caseId(String court, String number) {
        Long v = casesOf(court).get(number);
        return v == null ? -1 : v >> 1;
    }

    private Map<String, Long> casesOf(String court) {
        Map<String, Long> known = cases.get(court);
        if (known == null) {
            known = load(court);
            cases.put(court, known);
        }
        return known;
    }

    private Map<String, Long> load(String court) {
        Map<String, Long> out = new HashMap<>();
        if (!courts.containsKey(court)) return out;
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT case_number, closing_method, case_id FROM enforcement_case WHERE court_code = ?")) {
            ps.setString(1, court);
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(3) * 2 + ("TERMINATED_THIS_ROUND".equals(rs.getString(2)) ? 1 : 0));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(Bundle.text("import.error.knownCases", String.valueOf(e.getMessage())), e);
        }
        return out;
    }

    @Override
    public void close() throws SQLException {
        connection.rollback();
        connection.close();
    }
}
