package cn.scorecard.app.periods;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Result runs as versioned snapshots, per kind, scope (a court for staff results, '' for the province's
 * evaluation) and period: a computation is a new DRAFT version; publishing locks it for good (a database
 * trigger refuses any later change); a published run with a newer published version of the same kind, scope
 * and period is superseded — derived, never stored, so a published row is never touched again.
 */
@Repository
public class RunRepository {
    private static final String COLUMNS = "r.id, r.kind, r.scope_code, r.period_start, r.period_end, r.rules_version,"
            + " r.data_fingerprint, r.status, r.version_no, r.created_at, r.created_by, r.published_at, r.published_by,"
            + " r.note, (SELECT MIN(n.id) FROM result_run n WHERE n.kind = r.kind AND n.scope_code = r.scope_code"
            + " AND n.period_start = r.period_start AND n.period_end = r.period_end AND n.status = 'PUBLISHED'"
            + " AND n.version_no > r.version_no AND r.status = 'PUBLISHED') AS superseded_by";
    private static final String WITH_JSON = "SELECT " + COLUMNS + ", r.result_json FROM result_run r";
    private static final String WITHOUT_JSON = "SELECT " + COLUMNS + ", '' AS result_json FROM result_run r";
    private final JdbcTemplate jdbc;

    RunRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Run(long id, String kind, LocalDate periodStart, LocalDate periodEnd, String rulesVersion,
                      String fingerprint, String status, int versionNo, LocalDateTime createdAt, String createdBy,
                      LocalDateTime publishedAt, String publishedBy, Long supersededBy, String json, String scope,
                      String note) {
        public boolean superseded() {
            return supersededBy != null;
        }

        public String statusLabel() {
            if (superseded()) return "已被新版本替代";
            return status.equals("PUBLISHED") ? "已发布" : "待审核";
        }
    }

    public long saveDraft(String kind, LocalDate start, LocalDate end, String rulesVersion, String fingerprint, String json,
                          String actor) {
        return saveDraft(kind, "", start, end, rulesVersion, fingerprint, json, null, actor);
    }

    /** A new DRAFT version of the kind, scope and period; {@code note} says where it came from. */
    @Transactional
    public long saveDraft(String kind, String scope, LocalDate start, LocalDate end, String rulesVersion, String fingerprint,
                          String json, String note, String actor) {
        Integer max = jdbc.queryForObject("SELECT MAX(version_no) FROM result_run WHERE kind = ? AND scope_code = ?"
                + " AND period_start = ? AND period_end = ?", Integer.class, kind, scope, start, end);
        int version = max == null ? 1 : max + 1;
        jdbc.update("INSERT INTO result_run (kind, scope_code, period_start, period_end, rules_version, data_fingerprint,"
                        + " status, version_no, created_at, created_by, note, result_json)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?)",
                kind, scope, start, end, rulesVersion, fingerprint, version, Timestamp.valueOf(LocalDateTime.now()), actor,
                note, json);
        Long id = jdbc.queryForObject("SELECT id FROM result_run WHERE kind = ? AND scope_code = ? AND period_start = ?"
                + " AND period_end = ? AND version_no = ?", Long.class, kind, scope, start, end, version);
        return id == null ? -1 : id;
    }

    /** Publishes a draft; a published version is refused (it can never change). */
    public void publish(long id, String actor) {
        Run run = get(id).orElseThrow(() -> new IllegalArgumentException("结果版本不存在"));
        if (!run.status().equals("DRAFT")) throw new IllegalStateException("只有待审核的版本可以发布；已发布的版本不可更改");
        int n = jdbc.update("UPDATE result_run SET status = 'PUBLISHED', published_at = ?, published_by = ?"
                + " WHERE id = ? AND status = 'DRAFT'", Timestamp.valueOf(LocalDateTime.now()), actor, id);
        if (n != 1) throw new IllegalStateException("发布失败：版本状态已改变");
    }

    public Optional<Run> get(long id) {
        return jdbc.query(WITH_JSON + " WHERE r.id = ?", RunRepository::map, id).stream().findFirst();
    }

    /** The runs of a kind (every scope), newest period first, without their JSON. */
    public List<Run> list(String kind) {
        return jdbc.query(WITHOUT_JSON + " WHERE r.kind = ? ORDER BY r.period_end DESC, r.period_start DESC,"
                + " r.scope_code, r.version_no DESC", RunRepository::map, kind);
    }

    /** Every version of one kind, scope and period, newest first, without their JSON. */
    public List<Run> versions(String kind, String scope, LocalDate start, LocalDate end) {
        return jdbc.query(WITHOUT_JSON + " WHERE r.kind = ? AND r.scope_code = ? AND r.period_start = ? AND r.period_end = ?"
                + " ORDER BY r.version_no DESC", RunRepository::map, kind, scope, start, end);
    }

    public Optional<Run> latestPublished(String kind, LocalDate start, LocalDate end) {
        return latestPublished(kind, "", start, end);
    }

    public Optional<Run> latestPublished(String kind, String scope, LocalDate start, LocalDate end) {
        return jdbc.query(WITH_JSON + " WHERE r.kind = ? AND r.scope_code = ? AND r.period_start = ? AND r.period_end = ?"
                + " AND r.status = 'PUBLISHED' ORDER BY r.version_no DESC", RunRepository::map, kind, scope, start, end)
                .stream().findFirst();
    }

    /** The newest published version other than this one and older than it (for the differences shown in review). */
    public Optional<Run> previousPublished(Run run) {
        return jdbc.query(WITH_JSON + " WHERE r.kind = ? AND r.scope_code = ? AND r.period_start = ? AND r.period_end = ?"
                        + " AND r.status = 'PUBLISHED' AND r.id <> ? AND r.version_no < ? ORDER BY r.version_no DESC",
                RunRepository::map, run.kind(), run.scope(), run.periodStart(), run.periodEnd(), run.id(),
                run.versionNo()).stream().findFirst();
    }

    private static Run map(ResultSet rs, int i) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        long superseded = rs.getLong("superseded_by");
        Long supersededBy = rs.wasNull() ? null : superseded;
        return new Run(rs.getLong("id"), rs.getString("kind"), rs.getDate("period_start").toLocalDate(),
                rs.getDate("period_end").toLocalDate(), rs.getString("rules_version"), rs.getString("data_fingerprint"),
                rs.getString("status"), rs.getInt("version_no"), rs.getTimestamp("created_at").toLocalDateTime(),
                rs.getString("created_by"), published == null ? null : published.toLocalDateTime(),
                rs.getString("published_by"), supersededBy, rs.getString("result_json"), rs.getString("scope_code"),
                rs.getString("note"));
    }
}
