package cn.scorecard.app.platform.rules;

import cn.scorecard.core.rulebook.Assignment;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rule-book tables: versions with their dates (rule_edition, the text in rule_version), activations and staff
 * rule-set assignments. Only inserts: the database refuses any change of a written row (V101).
 */
@Repository
public class RuleBookStore {
    private static final String EDITIONS = "SELECT e.kind, e.version, e.title, e.effective_from, e.effective_to,"
            + " e.based_on, e.note, e.created_at, e.created_by, a.id, a.activated_at, a.activated_by FROM rule_edition e"
            + " LEFT JOIN rule_activation a ON a.id = (SELECT MIN(x.id) FROM rule_activation x WHERE x.kind = e.kind"
            + " AND x.version = e.version)";
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public RuleBookStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
    }

    /**
     * Stores a new version: its text (one part per catalog level, or the one rule-set file under the key
     * {@code ""}) and its dates, all or nothing. An existing version is refused: a change is a new version.
     */
    public void save(RuleVersion.Kind kind, String version, String title, LocalDate from, LocalDate to, String basedOn,
                     String note, Map<String, String> parts, String actor) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        try {
            tx.executeWithoutResult(s -> {
                jdbc.update("INSERT INTO rule_edition (kind, version, title, effective_from, effective_to, based_on, note,"
                                + " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", kind.name(), version, title,
                        Date.valueOf(from), to == null ? null : Date.valueOf(to), basedOn, note, now, actor);
                parts.forEach((part, content) -> jdbc.update("INSERT INTO rule_version (kind, version, content, created_at,"
                        + " created_by) VALUES (?, ?, ?, ?, ?)", kind.name(), key(version, part), content, now, actor));
            });
        } catch (DuplicateKeyException e) {
            throw new IllegalStateException("版本 " + version + " 已存在，修改须另立新版本", e);
        }
    }

    /** The stored text of one part of a version. */
    public Optional<String> content(RuleVersion.Kind kind, String version, String part) {
        return jdbc.queryForList("SELECT content FROM rule_version WHERE kind = ? AND version = ?", String.class,
                kind.name(), key(version, part)).stream().findFirst();
    }

    /** Every version of a kind, oldest start first. */
    public List<StoredEdition> editions(RuleVersion.Kind kind) {
        return jdbc.query(EDITIONS + " WHERE e.kind = ? ORDER BY e.effective_from, e.created_at, e.version",
                RuleBookStore::edition, kind.name());
    }

    public Optional<StoredEdition> edition(RuleVersion.Kind kind, String version) {
        return jdbc.query(EDITIONS + " WHERE e.kind = ? AND e.version = ?", RuleBookStore::edition, kind.name(), version)
                .stream().findFirst();
    }

    /** Activates a stored version (once); returns the activation's number. */
    public long activate(RuleVersion.Kind kind, String version, String actor) {
        StoredEdition e = edition(kind, version).orElseThrow(() -> new IllegalArgumentException("版本不存在：" + version));
        if (e.active()) throw new IllegalStateException("版本 " + version + " 已启用");
        jdbc.update("INSERT INTO rule_activation (kind, version, activated_at, activated_by) VALUES (?, ?, ?, ?)",
                kind.name(), version, Timestamp.valueOf(LocalDateTime.now()), actor);
        return edition(kind, version).orElseThrow().activation();
    }

    public List<Assignment> assignments() {
        return jdbc.query("SELECT court_code, from_month, version, id FROM staff_rule_assignment ORDER BY id",
                (rs, i) -> new Assignment(rs.getString(1), YearMonth.from(rs.getDate(2).toLocalDate()), rs.getString(3),
                        rs.getLong(4)));
    }

    /** Assigns a staff rule set to a court ('' = every court) from a month on. */
    public void assign(String court, YearMonth from, String version, String actor) {
        jdbc.update("INSERT INTO staff_rule_assignment (court_code, from_month, version, assigned_at, assigned_by)"
                        + " VALUES (?, ?, ?, ?, ?)", court == null ? "" : court, Date.valueOf(from.atDay(1)), version,
                Timestamp.valueOf(LocalDateTime.now()), actor);
    }

    private static String key(String version, String part) {
        return part == null || part.isEmpty() ? version : version + "/" + part;
    }

    private static StoredEdition edition(ResultSet rs, int i) throws SQLException {
        Date to = rs.getDate(5);
        long number = rs.getLong(10);
        Long activation = rs.wasNull() ? null : number;
        Timestamp activatedAt = rs.getTimestamp(11);
        return new StoredEdition(RuleVersion.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                rs.getDate(4).toLocalDate(), to == null ? null : to.toLocalDate(), rs.getString(6), rs.getString(7),
                rs.getTimestamp(8).toLocalDateTime(), rs.getString(9), activation,
                activatedAt == null ? null : activatedAt.toLocalDateTime(), rs.getString(12));
    }
}
