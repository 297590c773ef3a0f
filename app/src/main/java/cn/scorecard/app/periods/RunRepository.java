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
 * Result runs as versioned snapshots: a computation is a new DRAFT version; publishing locks it and
 * supersedes the previously published version of the same kind, period and scope. Nothing is ever updated
 * in place except the status transitions below, and a published run's content can never change. The scope
 * is '' for runs covering the province (evaluation) and a court code for staff runs, which each court's
 * assessment group publishes on its own.
 */
@Repository
public class RunRepository {
    private final JdbcTemplate jdbc;

    RunRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Run(long id, String kind, LocalDate periodStart, LocalDate periodEnd, String rulesVersion,
               String fingerprint, String status, int versionNo, LocalDateTime createdAt, String createdBy,
               LocalDateTime publishedAt, String publishedBy, Long supersededBy, String json, String scope, String note) {
        public String statusLabel() {
            return switch (status) {
                case "DRAFT" -> "待审核";
                case "PUBLISHED" -> "已发布";
                case "SUPERSEDED" -> "已被新版本替代";
                default -> status;
            };
        }
    }

    @Transactional
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

    /** Publishes a draft; the published run of the same period before it becomes SUPERSEDED (still readable). */
    @Transactional
    public void publish(long id, String actor) {
        Run run = get(id).orElseThrow(() -> new IllegalArgumentException("结果版本不存在"));
        if (!run.status().equals("DRAFT")) throw new IllegalStateException("只有待审核的版本可以发布；已发布的版本不可更改");
        jdbc.update("UPDATE result_run SET status = 'SUPERSEDED', superseded_by = ? WHERE kind = ? AND scope_code = ?"
                        + " AND period_start = ? AND period_end = ? AND status = 'PUBLISHED'", id, run.kind(), run.scope(),
                run.periodStart(), run.periodEnd());
        int n = jdbc.update("UPDATE result_run SET status = 'PUBLISHED', published_at = ?, published_by = ?"
                + " WHERE id = ? AND status = 'DRAFT'", Timestamp.valueOf(LocalDateTime.now()), actor, id);
        if (n != 1) throw new IllegalStateException("发布失败：版本状态已改变");
    }

    public Optional<Run> get(long id) {
        return jdbc.query("SELECT * FROM result_run WHERE id = ?", RunRepository::map, id).stream().findFirst();
    }

    /** The runs of a kind (every scope), newest period first, without their JSON. */
    public List<Run> list(String kind) {
        return jdbc.query(LIST + " WHERE kind = ? ORDER BY period_end DESC, period_start DESC, version_no DESC",
                RunRepository::map, kind);
    }

    /** Every version of one kind, scope and period, newest first, without their JSON. */
    public List<Run> versions(String kind, String scope, LocalDate start, LocalDate end) {
        return jdbc.query(LIST + " WHERE kind = ? AND scope_code = ? AND period_start = ? AND period_end = ?"
                + " ORDER BY version_no DESC", RunRepository::map, kind, scope, start, end);
    }

    public Optional<Run> latestPublished(String kind, LocalDate start, LocalDate end) {
        return latestPublished(kind, "", start, end);
    }

    public Optional<Run> latestPublished(String kind, String scope, LocalDate start, LocalDate end) {
        return jdbc.query("SELECT * FROM result_run WHERE kind = ? AND scope_code = ? AND period_start = ? AND period_end = ?"
                + " AND status = 'PUBLISHED'", RunRepository::map, kind, scope, start, end).stream().findFirst();
    }

    public Optional<Run> previousPublished(Run run) {
        return jdbc.query("SELECT * FROM result_run WHERE kind = ? AND scope_code = ? AND period_start = ? AND period_end = ?"
                        + " AND status IN ('PUBLISHED', 'SUPERSEDED') AND id <> ? ORDER BY version_no DESC",
                RunRepository::map, run.kind(), run.scope(), run.periodStart(), run.periodEnd(), run.id())
                .stream().findFirst();
    }

    private static final String LIST = "SELECT id, kind, scope_code, period_start, period_end, rules_version, data_fingerprint,"
            + " status, version_no, created_at, created_by, published_at, published_by, superseded_by, note, '' AS result_json"
            + " FROM result_run";

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
