package cn.scorecard.app.platform.importing;

import cn.scorecard.app.audit.AuditChain;
import cn.scorecard.app.messages.Bundle;
import cn.scorecard.core.io.TableInput;
import cn.scorecard.core.mapping.MappingProfile;
import cn.scorecard.core.mapping.ProfileMapping;
import cn.scorecard.core.mapping.ProfileParser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The stored mapping profiles (导入配置), plain JDBC so that the command line uses them without Spring. A save is
 * checked whole first and becomes a new version (an unchanged text is not saved again); saving writes an audit
 * entry in the same transaction. The newest version of a name is the one imports use.
 */
public final class ImportProfiles {
    private static final String COLUMNS = "name, version, content, created_at, created_by";

    private final DataSource dataSource;

    public ImportProfiles(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One stored version. */
    public record Stored(String name, int version, String content, LocalDateTime createdAt, String createdBy) {
        public MappingProfile profile() {
            return ProfileParser.parse(content, Bundle.text("import.profile.named", name, String.valueOf(version)));
        }
    }

    /** Checks and stores the YAML (throws {@link cn.scorecard.core.mapping.ProfileException} with every problem). */
    public Stored save(String yaml, String actor) {
        MappingProfile p = ProfileParser.parse(yaml, Bundle.text("import.profile.uploaded"));
        Optional<Stored> latest = latest(p.name());
        if (latest.isPresent() && latest.get().content().equals(yaml)) return latest.get();
        int version = latest.map(s -> s.version() + 1).orElse(1);
        LocalDateTime now = LocalDateTime.now();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_profile (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, p.name());
                ps.setInt(2, version);
                ps.setString(3, yaml);
                ps.setTimestamp(4, Timestamp.valueOf(now));
                ps.setString(5, actor);
                ps.executeUpdate();
                AuditChain.append(c, new AuditChain.Entry(actor, Bundle.text("import.profile.audit.saved"), "import",
                        Bundle.text("import.profile.named", p.name(), String.valueOf(version)), null,
                        latest.map(s -> Bundle.text("import.profile.version", String.valueOf(s.version()))).orElse(null),
                        Bundle.text("import.profile.version", String.valueOf(version))));
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(Bundle.text("import.profile.saveFailed", String.valueOf(e.getMessage())), e);
        }
        return new Stored(p.name(), version, yaml, now, actor);
    }

    public Optional<Stored> latest(String name) {
        return query("SELECT " + COLUMNS + " FROM import_profile WHERE name = ? ORDER BY version DESC", name).stream().findFirst();
    }

    public Optional<Stored> get(String name, int version) {
        return query("SELECT " + COLUMNS + " FROM import_profile WHERE name = ? AND version = ?", name, version).stream().findFirst();
    }

    /** The newest version of every profile, most recently saved first. */
    public List<Stored> list() {
        return query("SELECT " + COLUMNS + " FROM import_profile p WHERE version = (SELECT MAX(version) FROM import_profile q "
                + "WHERE q.name = p.name) ORDER BY created_at DESC, name");
    }

    public List<Stored> versions(String name) {
        return query("SELECT " + COLUMNS + " FROM import_profile WHERE name = ? ORDER BY version DESC", name);
    }

    /** The most recently saved profile that reads these tables by their headers, if any. */
    public Optional<Stored> fitting(List<TableInput> tables) {
        for (Stored s : list()) {
            try {
                if (ProfileMapping.fits(s.profile(), tables)) return Optional.of(s);
            } catch (RuntimeException e) {
                // a profile stored before a format change that no longer parses is simply not chosen
            }
        }
        return Optional.empty();
    }

    private List<Stored> query(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            List<Stored> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Stored(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getTimestamp(4).toLocalDateTime(),
                            rs.getString(5)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(Bundle.text("import.profile.readFailed", String.valueOf(e.getMessage())), e);
        }
    }
}
