package cn.scorecard.app.platform.rules;

import cn.scorecard.app.messages.Bundle;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The catalog and rule-set versions a court has adopted, kept verbatim so that a stored result can always be
 * traced to the rules it was computed with (a result run names its version). A version is written once: a
 * change is a new version.
 */
@Service
public class RuleVersions {
    private final JdbcTemplate jdbc;

    public RuleVersions(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Stores a new version; an existing kind and version is refused (versions are never overwritten). */
    public RuleVersion save(RuleVersion.Kind kind, String version, String content, String actor) {
        LocalDateTime now = LocalDateTime.now();
        try {
            jdbc.update("INSERT INTO rule_version (kind, version, content, created_at, created_by) VALUES (?, ?, ?, ?, ?)",
                    kind.name(), version, content, Timestamp.valueOf(now), actor);
        } catch (DuplicateKeyException e) {
            throw new IllegalStateException(Bundle.text("rules.error.exists", version), e);
        }
        return get(kind, version).orElseThrow();
    }

    public Optional<RuleVersion> get(RuleVersion.Kind kind, String version) {
        return jdbc.query("SELECT kind, version, content, created_at, created_by FROM rule_version WHERE kind = ? "
                + "AND version = ?", RuleVersions::row, kind.name(), version).stream().findFirst();
    }

    /** The versions of a kind, newest first. */
    public List<RuleVersion> list(RuleVersion.Kind kind) {
        return jdbc.query("SELECT kind, version, content, created_at, created_by FROM rule_version WHERE kind = ? "
                + "ORDER BY created_at DESC, version DESC", RuleVersions::row, kind.name());
    }

    private static RuleVersion row(ResultSet rs, int i) throws SQLException {
        return new RuleVersion(RuleVersion.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                rs.getTimestamp(4).toLocalDateTime(), rs.getString(5));
    }
}
