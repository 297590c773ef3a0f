package cn.scorecard.app.audit;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log: who changed what, when, with the value before and after. Every change that can move a
 * score (evidence, imports, overrides, publishing, incidents, objections, users) is written here. Entries are
 * appended to a hash chain ({@link AuditChain}) that the database keeps append-only; {@link #verify()} checks it.
 */
@Service
public class AuditLog {
    private final JdbcTemplate jdbc;
    /** Joins the caller's transaction (the entry then commits or rolls back with the change), or opens one. */
    private final TransactionTemplate tx;

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
    }

    public void record(String actor, String action, String entity, String entityKey, String courtCode,
                       String before, String after) {
        AuditChain.Entry entry = new AuditChain.Entry(actor, action, entity, entityKey, courtCode, before, after);
        tx.executeWithoutResult(status -> jdbc.execute((ConnectionCallback<Long>) c -> AuditChain.append(c, entry)));
    }

    /** Checks the whole hash chain (see {@link AuditVerification}). */
    public AuditVerification.Result verify() {
        return jdbc.execute((ConnectionCallback<AuditVerification.Result>) AuditVerification::verify);
    }

    public List<AuditEntry> recent(String courtCode, String entity, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_log WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (courtCode != null && !courtCode.isBlank()) {
            sql.append(" AND court_code = ?");
            args.add(courtCode);
        }
        if (entity != null && !entity.isBlank()) {
            sql.append(" AND entity = ?");
            args.add(entity);
        }
        sql.append(" ORDER BY id DESC LIMIT ").append(Math.max(1, Math.min(limit, 1000)));
        return jdbc.query(sql.toString(), (rs, i) -> new AuditEntry(rs.getLong("id"),
                rs.getTimestamp("at_time").toLocalDateTime(), rs.getString("actor"), rs.getString("action"),
                rs.getString("entity"), rs.getString("entity_key"), rs.getString("court_code"),
                rs.getString("before_json"), rs.getString("after_json")), args.toArray());
    }

    /**
     * What a reader may see: the categories, and the courts (null = every court, entries without a court
     * included; otherwise only entries of those courts).
     */
    public record Visibility(java.util.Set<AuditCategory> categories, java.util.Set<String> courts) {
        public static Visibility everything() {
            return new Visibility(java.util.EnumSet.allOf(AuditCategory.class), null);
        }
    }

    /** The newest entries the visibility allows, optionally of one court and entity. */
    public List<AuditEntry> visible(Visibility v, String courtCode, String entity, int limit) {
        if (v.categories().isEmpty() || (v.courts() != null && v.courts().isEmpty())) return List.of();
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_log WHERE (");
        sql.append(String.join(" OR ", v.categories().stream().map(c -> "(" + c.sql() + ")").toList())).append(")");
        List<Object> args = new ArrayList<>();
        if (v.courts() != null) {
            sql.append(" AND court_code IN (").append(String.join(", ", java.util.Collections.nCopies(v.courts().size(), "?")))
                    .append(")");
            args.addAll(v.courts());
        }
        if (courtCode != null && !courtCode.isBlank()) {
            sql.append(" AND court_code = ?");
            args.add(courtCode);
        }
        if (entity != null && !entity.isBlank()) {
            sql.append(" AND entity = ?");
            args.add(entity);
        }
        sql.append(" ORDER BY id DESC LIMIT ").append(Math.max(1, Math.min(limit, 1000)));
        return jdbc.query(sql.toString(), (rs, i) -> new AuditEntry(rs.getLong("id"),
                rs.getTimestamp("at_time").toLocalDateTime(), rs.getString("actor"), rs.getString("action"),
                rs.getString("entity"), rs.getString("entity_key"), rs.getString("court_code"),
                rs.getString("before_json"), rs.getString("after_json")), args.toArray());
    }

    /** One line of the audit log. */
    public record AuditEntry(long id, LocalDateTime at, String actor, String action, String entity, String entityKey,
                             String courtCode, String before, String after) {
    }
}
