package cn.scorecard.app.staff.objections;

import cn.scorecard.app.staff.versions.AdjustmentSource;
import cn.scorecard.app.staff.versions.ScoreAdjustment;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Objections and their adjustments. Rows are added; the only update is the single decision of a pending objection. */
@Repository
class ObjectionRepository implements AdjustmentSource {
    private final JdbcTemplate jdbc;

    ObjectionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Attachment(String name, String stored, String type, long size, String sha256) {
    }

    long insert(String court, String staffId, YearMonth month, long runId, String reason, Attachment a, String actor) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("INSERT INTO staff_objection (court_code, staff_id, month_start, run_id, reason,"
                    + " attachment_name, attachment_stored, attachment_type, attachment_size, attachment_sha256, filed_by,"
                    + " filed_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')", new String[] {"id"});
            ps.setString(1, court);
            ps.setString(2, staffId);
            ps.setObject(3, month.atDay(1));
            ps.setLong(4, runId);
            ps.setString(5, reason);
            ps.setString(6, a == null ? null : a.name());
            ps.setString(7, a == null ? null : a.stored());
            ps.setString(8, a == null ? null : a.type());
            ps.setObject(9, a == null ? null : a.size());
            ps.setString(10, a == null ? null : a.sha256());
            ps.setString(11, actor);
            ps.setTimestamp(12, Timestamp.valueOf(LocalDateTime.now()));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    Optional<Objection> get(long id) {
        return jdbc.query("SELECT * FROM staff_objection WHERE id = ?", ObjectionRepository::map, id).stream().findFirst();
    }

    /** Objections of the courts (or of one person when {@code staffId} is given), newest first. */
    List<Objection> list(Collection<String> courts, String staffId, YearMonth month, String status) {
        StringBuilder sql = new StringBuilder("SELECT * FROM staff_objection WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (courts != null) {
            if (courts.isEmpty()) return List.of();
            sql.append(" AND court_code IN (").append(String.join(", ", courts.stream().map(c -> "?").toList())).append(")");
            args.addAll(courts);
        }
        if (staffId != null) {
            sql.append(" AND staff_id = ?");
            args.add(staffId);
        }
        if (month != null) {
            sql.append(" AND month_start = ?");
            args.add(month.atDay(1));
        }
        if (status != null) {
            sql.append(" AND status = ?");
            args.add(status);
        }
        sql.append(" ORDER BY id DESC LIMIT 500");
        return jdbc.query(sql.toString(), ObjectionRepository::map, args.toArray());
    }

    /** Records the decision if the objection is still pending; false when someone decided it first. */
    boolean decide(long id, String status, String reason, String actor) {
        return jdbc.update("UPDATE staff_objection SET status = ?, decision_reason = ?, decided_by = ?, decided_at = ?"
                + " WHERE id = ? AND status = 'PENDING'", status, reason, actor, Timestamp.valueOf(LocalDateTime.now()), id) == 1;
    }

    void linkNewRun(long id, long runId) {
        jdbc.update("UPDATE staff_objection SET new_run_id = ? WHERE id = ? AND new_run_id IS NULL", runId, id);
    }

    void addAdjustment(Objection o, AdjustmentInput a, String actor) {
        jdbc.update("INSERT INTO staff_adjustment (objection_id, court_code, staff_id, month_start, item_code, points, reason,"
                        + " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", o.id(), o.courtCode(), o.staffId(),
                o.month().atDay(1), a.itemCode(), a.points(), a.reason(), actor, Timestamp.valueOf(LocalDateTime.now()));
    }

    List<ScoreAdjustment> adjustments(long objectionId) {
        return jdbc.query("SELECT * FROM staff_adjustment WHERE objection_id = ? ORDER BY id", ObjectionRepository::adjustment,
                objectionId);
    }

    @Override
    public List<ScoreAdjustment> upheld(String courtCode, int year) {
        return jdbc.query("SELECT a.* FROM staff_adjustment a JOIN staff_objection o ON o.id = a.objection_id"
                        + " WHERE o.status = 'UPHELD' AND a.court_code = ? AND a.month_start BETWEEN ? AND ? ORDER BY a.id",
                ObjectionRepository::adjustment, courtCode, YearMonth.of(year, 1).atDay(1), YearMonth.of(year, 12).atDay(1));
    }

    private static ScoreAdjustment adjustment(ResultSet rs, int i) throws SQLException {
        return new ScoreAdjustment(rs.getLong("objection_id"), rs.getString("staff_id"),
                YearMonth.from(rs.getDate("month_start").toLocalDate()), rs.getString("item_code"),
                rs.getBigDecimal("points").doubleValue(), rs.getString("reason"));
    }

    private static Objection map(ResultSet rs, int i) throws SQLException {
        long size = rs.getLong("attachment_size");
        Long attachmentSize = rs.wasNull() ? null : size;
        long run = rs.getLong("new_run_id");
        Long newRun = rs.wasNull() ? null : run;
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Objection(rs.getLong("id"), rs.getString("court_code"), rs.getString("staff_id"),
                YearMonth.from(rs.getDate("month_start").toLocalDate()), rs.getLong("run_id"), rs.getString("reason"),
                rs.getString("attachment_name"), rs.getString("attachment_stored"), rs.getString("attachment_type"),
                attachmentSize, rs.getString("filed_by"), rs.getTimestamp("filed_at").toLocalDateTime(),
                rs.getString("status"), rs.getString("decision_reason"), rs.getString("decided_by"),
                decided == null ? null : decided.toLocalDateTime(), newRun);
    }
}
