package cn.scorecard.app.platform.runs;

import cn.scorecard.app.messages.Bundle;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Result runs as versioned snapshots, per kind, scope and period: a computation is a new DRAFT version; publishing
 * locks it for good (a database trigger refuses any later change); a published run with a newer published version
 * of the same kind, scope and period is superseded — derived, never stored, so a published row is never touched
 * again. The one repository of result runs: the evaluation periods and the staff months both use it, and every
 * lookup by id names the kind it expects, so a page of one kind can never act on a run of the other.
 */
@Repository
public class ResultRuns {
    private static final String COLUMNS = "r.id, r.kind, r.scope_code, r.period_start, r.period_end, r.rules_version,"
            + " r.data_fingerprint, r.status, r.version_no, r.created_at, r.created_by, r.published_at, r.published_by,"
            + " r.note, (SELECT MIN(n.id) FROM result_run n WHERE n.kind = r.kind AND n.scope_code = r.scope_code"
            + " AND n.period_start = r.period_start AND n.period_end = r.period_end AND n.status = 'PUBLISHED'"
            + " AND n.version_no > r.version_no AND r.status = 'PUBLISHED') AS superseded_by";
    private static final String WITH_JSON = "SELECT " + COLUMNS + ", r.result_json FROM result_run r";
    private static final String WITHOUT_JSON = "SELECT " + COLUMNS + ", '' AS result_json FROM result_run r";
    private static final String SAME_SERIES = " WHERE r.kind = ? AND r.scope_code = ? AND r.period_start = ?"
            + " AND r.period_end = ?";
    private final JdbcTemplate jdbc;

    public ResultRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new DRAFT version of the kind, scope and period; {@code note} says where it came from (may be null). */
    public ResultRun saveDraft(RunKind kind, String scope, RunPeriod period, String rulesVersion, String fingerprint,
                               String json, String note, String actor) {
        for (int attempt = 0; ; attempt++) {
            try {
                return get(insert(kind, scope, period, rulesVersion, fingerprint, json, note, actor), kind).orElseThrow();
            } catch (DuplicateKeyException race) { // another save took the same version number
                if (attempt == 2) throw race;
            }
        }
    }

    private long insert(RunKind kind, String scope, RunPeriod period, String rulesVersion, String fingerprint,
                        String json, String note, String actor) {
        Integer max = jdbc.queryForObject("SELECT MAX(version_no) FROM result_run r" + SAME_SERIES, Integer.class,
                kind.name(), scope, period.start(), period.end());
        int version = max == null ? 1 : max + 1;
        jdbc.update("INSERT INTO result_run (kind, scope_code, period_start, period_end, rules_version, data_fingerprint,"
                        + " status, version_no, created_at, created_by, note, result_json)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                kind.name(), scope, period.start(), period.end(), rulesVersion, fingerprint, RunStatus.DRAFT.name(),
                version, Timestamp.valueOf(LocalDateTime.now()), actor, note, json);
        Long id = jdbc.queryForObject("SELECT id FROM result_run r" + SAME_SERIES + " AND r.version_no = ?", Long.class,
                kind.name(), scope, period.start(), period.end(), version);
        return id == null ? -1 : id;
    }

    /** Publishes a draft of the kind; a published version is refused (it can never change), another kind is unknown. */
    public ResultRun publish(long id, RunKind kind, String actor) {
        ResultRun run = get(id, kind).orElseThrow(() -> new IllegalArgumentException(Bundle.text("runs.error.unknown", String.valueOf(id))));
        if (!run.isDraft()) throw new IllegalStateException(Bundle.text("runs.error.notDraft"));
        int n = jdbc.update("UPDATE result_run SET status = ?, published_at = ?, published_by = ? WHERE id = ? AND kind = ?"
                        + " AND status = ?", RunStatus.PUBLISHED.name(), Timestamp.valueOf(LocalDateTime.now()), actor, id,
                kind.name(), RunStatus.DRAFT.name());
        if (n != 1) throw new IllegalStateException(Bundle.text("runs.error.raced"));
        return get(id, kind).orElseThrow();
    }

    /** A run of the given kind with its JSON; empty for an unknown id and for a run of another kind. */
    public Optional<ResultRun> get(long id, RunKind kind) {
        return jdbc.query(WITH_JSON + " WHERE r.id = ? AND r.kind = ?", ResultRuns::map, id, kind.name()).stream().findFirst();
    }

    /** The runs of a kind (every scope), newest period first, without their JSON. */
    public List<ResultRun> list(RunKind kind) {
        return jdbc.query(WITHOUT_JSON + " WHERE r.kind = ? ORDER BY r.period_end DESC, r.period_start DESC,"
                + " r.scope_code, r.version_no DESC", ResultRuns::map, kind.name());
    }

    /** Every version of one kind, scope and period, newest first, without their JSON. */
    public List<ResultRun> versions(RunKind kind, String scope, RunPeriod period) {
        return jdbc.query(WITHOUT_JSON + SAME_SERIES + " ORDER BY r.version_no DESC", ResultRuns::map, kind.name(), scope,
                period.start(), period.end());
    }

    public Optional<ResultRun> latestPublished(RunKind kind, String scope, RunPeriod period) {
        return jdbc.query(WITH_JSON + SAME_SERIES + " AND r.status = 'PUBLISHED' ORDER BY r.version_no DESC",
                ResultRuns::map, kind.name(), scope, period.start(), period.end()).stream().findFirst();
    }

    /** The newest published version older than this one (for the differences shown in review). */
    public Optional<ResultRun> previousPublished(ResultRun run) {
        return jdbc.query(WITH_JSON + SAME_SERIES + " AND r.status = 'PUBLISHED' AND r.version_no < ?"
                        + " ORDER BY r.version_no DESC", ResultRuns::map, run.kind().name(), run.scope(), run.periodStart(),
                run.periodEnd(), run.versionNo()).stream().findFirst();
    }

    private static ResultRun map(ResultSet rs, int i) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        long superseded = rs.getLong("superseded_by");
        Long supersededBy = rs.wasNull() ? null : superseded;
        return new ResultRun(rs.getLong("id"), RunKind.valueOf(rs.getString("kind")), rs.getString("scope_code"),
                new RunPeriod(rs.getDate("period_start").toLocalDate(), rs.getDate("period_end").toLocalDate()),
                rs.getString("rules_version"), rs.getString("data_fingerprint"), RunStatus.valueOf(rs.getString("status")),
                rs.getInt("version_no"), rs.getTimestamp("created_at").toLocalDateTime(), rs.getString("created_by"),
                published == null ? null : published.toLocalDateTime(), rs.getString("published_by"), supersededBy,
                rs.getString("note"), rs.getString("result_json"));
    }
}
