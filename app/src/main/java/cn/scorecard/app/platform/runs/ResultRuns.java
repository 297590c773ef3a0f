package cn.scorecard.app.platform.runs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Results as versioned snapshots: every computation is saved as a new draft (version 1, 2, … per kind and
 * period); publishing makes it final. A published run is never changed or deleted (here no method does, and a
 * database trigger refuses it); a newer published run supersedes it, and both stay readable.
 */
@Service
public class ResultRuns {
    private static final String COLUMNS = "id, kind, period_start, period_end, rules_version, data_fingerprint, "
            + "status, version_no, created_at, created_by, published_at, published_by";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public ResultRuns(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** Stores a computation as the next draft version of its kind and period. */
    public ResultRun save(RunKind kind, RunPeriod period, String rulesVersion, String fingerprint, String json,
                          String actor) {
        for (int attempt = 0; ; attempt++) {
            try {
                Long id = tx.execute(s -> insert(kind, period, rulesVersion, fingerprint, json, actor));
                return get(id).orElseThrow();
            } catch (DuplicateKeyException race) { // another save took the same version number
                if (attempt == 2) throw race;
            }
        }
    }

    private long insert(RunKind kind, RunPeriod period, String rulesVersion, String fingerprint, String json,
                        String actor) {
        Integer last = jdbc.queryForObject("SELECT MAX(version_no) FROM result_run WHERE kind = ? AND period_start = ? "
                + "AND period_end = ?", Integer.class, kind.name(), period.start(), period.end());
        int versionNo = last == null ? 1 : last + 1;
        jdbc.update("INSERT INTO result_run (kind, period_start, period_end, rules_version, data_fingerprint, status, "
                        + "version_no, created_at, created_by, result_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                kind.name(), period.start(), period.end(), rulesVersion, fingerprint, RunStatus.DRAFT.name(), versionNo,
                Timestamp.valueOf(LocalDateTime.now()), actor, json);
        return jdbc.queryForObject("SELECT id FROM result_run WHERE kind = ? AND period_start = ? AND period_end = ? "
                + "AND version_no = ?", Long.class, kind.name(), period.start(), period.end(), versionNo);
    }

    /** Publishes a draft; a run that is already published (or unknown) is refused. */
    public ResultRun publish(long id, String actor) {
        int changed = jdbc.update("UPDATE result_run SET status = ?, published_at = ?, published_by = ? "
                        + "WHERE id = ? AND status = ?", RunStatus.PUBLISHED.name(), Timestamp.valueOf(LocalDateTime.now()),
                actor, id, RunStatus.DRAFT.name());
        if (changed == 0) {
            ResultRun run = get(id).orElseThrow(() -> new IllegalArgumentException("结果版本不存在：" + id));
            throw new IllegalStateException("结果版本 " + id + " 已发布，不能再次发布或修改（状态 " + run.status() + "）");
        }
        return get(id).orElseThrow();
    }

    /** The runs of a kind and period, newest version first, without their JSON. */
    public List<ResultRun> list(RunKind kind, RunPeriod period) {
        List<ResultRun> runs = jdbc.query("SELECT " + COLUMNS + " FROM result_run WHERE kind = ? AND period_start = ? "
                        + "AND period_end = ? ORDER BY version_no DESC", (rs, i) -> row(rs, null),
                kind.name(), period.start(), period.end());
        List<ResultRun> out = new ArrayList<>();
        boolean newerPublished = false;
        for (ResultRun r : runs) {
            out.add(r.isPublished() && newerPublished ? superseded(r) : r);
            newerPublished |= r.isPublished();
        }
        return out;
    }

    /** A run with its JSON. */
    public Optional<ResultRun> get(long id) {
        List<ResultRun> found = jdbc.query("SELECT " + COLUMNS + ", result_json FROM result_run WHERE id = ?",
                (rs, i) -> row(rs, rs.getString(13)), id);
        if (found.isEmpty()) return Optional.empty();
        ResultRun r = found.get(0);
        Integer newer = jdbc.queryForObject("SELECT COUNT(*) FROM result_run WHERE kind = ? AND period_start = ? AND "
                + "period_end = ? AND status = ? AND version_no > ?", Integer.class, r.kind().name(), r.period().start(),
                r.period().end(), RunStatus.PUBLISHED.name(), r.versionNo());
        return Optional.of(r.isPublished() && newer != null && newer > 0 ? superseded(r) : r);
    }

    /** The newest published run of a kind and period, with its JSON. */
    public Optional<ResultRun> latestPublished(RunKind kind, RunPeriod period) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM result_run WHERE kind = ? AND period_start = ? AND "
                        + "period_end = ? AND status = ? ORDER BY version_no DESC LIMIT 1", Long.class, kind.name(),
                period.start(), period.end(), RunStatus.PUBLISHED.name());
        return ids.isEmpty() ? Optional.empty() : get(ids.get(0));
    }

    private static ResultRun superseded(ResultRun r) {
        return new ResultRun(r.id(), r.kind(), r.period(), r.rulesVersion(), r.dataFingerprint(), r.status(),
                r.versionNo(), r.createdAt(), r.createdBy(), r.publishedAt(), r.publishedBy(), true, r.json());
    }

    /** The run of the current row; json null in lists. */
    private static ResultRun row(ResultSet rs, String json) throws SQLException {
        Timestamp published = rs.getTimestamp(11);
        return new ResultRun(rs.getLong(1), RunKind.valueOf(rs.getString(2)),
                new RunPeriod(rs.getObject(3, java.time.LocalDate.class), rs.getObject(4, java.time.LocalDate.class)),
                rs.getString(5), rs.getString(6), RunStatus.valueOf(rs.getString(7)), rs.getInt(8),
                rs.getTimestamp(9).toLocalDateTime(), rs.getString(10),
                published == null ? null : published.toLocalDateTime(), rs.getString(12), false,
                json);
    }
}
