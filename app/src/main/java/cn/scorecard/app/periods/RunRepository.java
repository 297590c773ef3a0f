package cn.scorecard.app.periods;

import cn.scorecard.app.platform.runs.ResultRuns;
import cn.scorecard.app.platform.runs.RunKind;
import cn.scorecard.app.platform.runs.RunPeriod;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The pages' view of result runs (versioned snapshots, stored by {@link ResultRuns}): a computation is a new
 * DRAFT version; publishing locks it; a published run with a newer published version of the same kind and
 * period is superseded (derived, never stored, so a published row is never touched again).
 */
@Repository
public class RunRepository {
    private static final String COLUMNS = "r.id, r.kind, r.period_start, r.period_end, r.rules_version, r.data_fingerprint,"
            + " r.status, r.version_no, r.created_at, r.created_by, r.published_at, r.published_by,"
            + " (SELECT MIN(n.id) FROM result_run n WHERE n.kind = r.kind AND n.period_start = r.period_start"
            + " AND n.period_end = r.period_end AND n.status = 'PUBLISHED' AND n.version_no > r.version_no"
            + " AND r.status = 'PUBLISHED') AS superseded_by";
    private final JdbcTemplate jdbc;
    private final ResultRuns runs;

    RunRepository(JdbcTemplate jdbc, ResultRuns runs) {
        this.jdbc = jdbc;
        this.runs = runs;
    }

    public record Run(long id, String kind, LocalDate periodStart, LocalDate periodEnd, String rulesVersion,
                      String fingerprint, String status, int versionNo, LocalDateTime createdAt, String createdBy,
                      LocalDateTime publishedAt, String publishedBy, Long supersededBy, String json) {
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
        return runs.save(RunKind.valueOf(kind), new RunPeriod(start, end), rulesVersion, fingerprint, json, actor).id();
    }

    /** Publishes a draft; a published version is refused (it can never change). */
    public void publish(long id, String actor) {
        Run run = get(id).orElseThrow(() -> new IllegalArgumentException("结果版本不存在"));
        if (!run.status().equals("DRAFT")) throw new IllegalStateException("只有待审核的版本可以发布；已发布的版本不可更改");
        runs.publish(id, actor);
    }

    public Optional<Run> get(long id) {
        return jdbc.query("SELECT " + COLUMNS + ", r.result_json FROM result_run r WHERE r.id = ?", RunRepository::map, id)
                .stream().findFirst();
    }

    public List<Run> list(String kind) {
        return jdbc.query("SELECT " + COLUMNS + ", '' AS result_json FROM result_run r WHERE r.kind = ?"
                + " ORDER BY r.period_end DESC, r.period_start DESC, r.version_no DESC", RunRepository::map, kind);
    }

    public Optional<Run> latestPublished(String kind, LocalDate start, LocalDate end) {
        return jdbc.query("SELECT " + COLUMNS + ", r.result_json FROM result_run r WHERE r.kind = ? AND r.period_start = ?"
                        + " AND r.period_end = ? AND r.status = 'PUBLISHED' ORDER BY r.version_no DESC", RunRepository::map,
                kind, start, end).stream().findFirst();
    }

    /** The newest published version before this one (for the differences shown when reviewing it). */
    public Optional<Run> previousPublished(Run run) {
        return jdbc.query("SELECT " + COLUMNS + ", r.result_json FROM result_run r WHERE r.kind = ? AND r.period_start = ?"
                        + " AND r.period_end = ? AND r.status = 'PUBLISHED' AND r.id <> ? AND r.version_no < ?"
                        + " ORDER BY r.version_no DESC", RunRepository::map, run.kind(), run.periodStart(), run.periodEnd(),
                run.id(), run.versionNo() + (run.status().equals("DRAFT") ? 1 : 0)).stream().findFirst();
    }

    private static Run map(ResultSet rs, int i) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        long superseded = rs.getLong("superseded_by");
        Long supersededBy = rs.wasNull() ? null : superseded;
        return new Run(rs.getLong("id"), rs.getString("kind"), rs.getDate("period_start").toLocalDate(),
                rs.getDate("period_end").toLocalDate(), rs.getString("rules_version"), rs.getString("data_fingerprint"),
                rs.getString("status"), rs.getInt("version_no"), rs.getTimestamp("created_at").toLocalDateTime(),
                rs.getString("created_by"), published == null ? null : published.toLocalDateTime(),
                rs.getString("published_by"), supersededBy, rs.getString("result_json"));
    }
}
