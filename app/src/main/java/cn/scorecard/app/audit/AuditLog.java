package cn.scorecard.app.audit;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The audit log: who changed what, when, with the value before and after. Every change that can move a
 * score (evidence, imports, overrides, publishing, incidents, objections, users) is written here.
 */
@Service
public class AuditLog {
    private final JdbcTemplate jdbc;

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String actor, String action, String entity, String entityKey, String courtCode,
                       String before, String after) {
        jdbc.update("INSERT INTO audit_log (at_time, actor, action, entity, entity_key, court_code, before_json, after_json)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Timestamp.valueOf(LocalDateTime.now()), actor, action, entity,
                entityKey, courtCode, before, after);
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
