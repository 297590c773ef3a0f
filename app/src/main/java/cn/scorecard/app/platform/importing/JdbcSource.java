package cn.scorecard.app.platform.importing;

import cn.scorecard.app.messages.Bundle;
import cn.scorecard.core.io.TableInput;
import cn.scorecard.core.mapping.MappingProfile;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A database source (数据库来源): a query over a view in the court's own database, read on a schedule. Each run
 * reads only the rows whose "changed since" column is above the watermark of the last accepted run, imports them
 * as one table (named like one of ours, e.g. 案件, or read through a profile) in one atomic import, and moves the
 * watermark in that import's transaction: a rejected run leaves it, and the same rows are read again next time.
 * The changed column itself is not imported.
 */
public final class JdbcSource {
    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

    /**
     * @param name    the table's name: a record type of ours (案件, 流程节点 …) or what the profile's file rule matches;
     *                also the key of the watermark
     * @param query   the SELECT over the source (without the changed-since condition, which is added)
     * @param changed the column holding when a row last changed
     * @param profile the profile to read the rows with, or null
     */
    public record Config(String name, String url, String user, String password, String query, String changed, String profile) {
    }

    /** Runs one import of tables in a transaction that also runs the hook (see {@link Importer#run(List, MappingProfile, String, ImportListener, Importer.BeforeCommit)}). */
    @FunctionalInterface
    public interface Run {
        ImportReport run(List<TableInput> tables, MappingProfile profile, String actor, Importer.BeforeCommit beforeCommit);
    }

    private final Config config;
    private final DataSource target;
    private final ImportProfiles profiles;
    private final Run run;

    public JdbcSource(Config config, DataSource target, ImportProfiles profiles, Run run) {
        if (!IDENTIFIER.matcher(config.changed()).matches()) throw new IllegalArgumentException(Bundle.text("import.jdbc.badChangedColumn", config.changed()));
        this.config = config;
        this.target = target;
        this.profiles = profiles;
        this.run = run;
    }

    /** Imports what changed since the last accepted run; empty when nothing did. */
    public Optional<ImportReport> runOnce(String actor) throws SQLException {
        Watermark since = watermark();
        List<String> header = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        String last = null;
        int lastType = Types.VARCHAR;
        String sql = "SELECT * FROM (" + config.query() + ") q" + (since == null ? "" : " WHERE q." + config.changed() + " > ?")
                + " ORDER BY q." + config.changed();
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
             PreparedStatement ps = c.prepareStatement(sql)) {
            if (since != null) since.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                int changedAt = -1;
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    if (md.getColumnLabel(i).equalsIgnoreCase(config.changed())) changedAt = i;
                    else header.add(md.getColumnLabel(i));
                }
                if (changedAt < 0) throw new SQLException(Bundle.text("import.jdbc.noChangedColumn", config.changed()));
                lastType = md.getColumnType(changedAt);
                while (rs.next()) {
                    String[] row = new String[header.size()];
                    int k = 0;
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        if (i != changedAt) row[k++] = text(rs, i, md.getColumnType(i));
                    }
                    rows.add(row);
                    last = rs.getString(changedAt);
                }
            }
        }
        if (rows.isEmpty()) return Optional.empty();
        MappingProfile profile = config.profile() == null || config.profile().isBlank() ? null
                : profiles.latest(config.profile()).orElseThrow(() -> new IllegalStateException(Bundle.text("import.profile.unknown", config.profile()))).profile();
        Watermark next = new Watermark(last, lastType);
        TableInput table = new MemoryTable(config.name(), header, rows);
        return Optional.of(run.run(List.of(table), profile, actor, c -> next.store(c, config.name())));
    }

    /** A cell as text of the interchange format: booleans as 是/否, NULL as empty. */
    private static String text(ResultSet rs, int i, int type) throws SQLException {
        if (type == Types.BOOLEAN || type == Types.BIT) {
            boolean b = rs.getBoolean(i);
            return rs.wasNull() ? "" : b ? "是" : "否"; // data: the interchange format's yes and no
        }
        String s = rs.getString(i);
        return s == null ? "" : s;
    }

    private Watermark watermark() throws SQLException {
        try (Connection c = target.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT watermark, sql_type FROM import_watermark WHERE source = ?")) {
            ps.setString(1, config.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Watermark(rs.getString(1), rs.getInt(2)) : null;
            }
        }
    }

    /** The highest changed value imported, kept as text with its SQL type so that it binds as what it was. */
    private record Watermark(String value, int type) {
        void bind(PreparedStatement ps, int i) throws SQLException {
            switch (type) {
                case Types.TIMESTAMP -> ps.setTimestamp(i, Timestamp.valueOf(value));
                case Types.DATE -> ps.setDate(i, java.sql.Date.valueOf(value));
                case Types.INTEGER, Types.BIGINT, Types.SMALLINT, Types.NUMERIC, Types.DECIMAL -> ps.setBigDecimal(i, new BigDecimal(value));
                default -> ps.setString(i, value);
            }
        }

        void store(Connection c, String source) throws SQLException {
            try (PreparedStatement up = c.prepareStatement("UPDATE import_watermark SET watermark = ?, sql_type = ?, updated_at = ? WHERE source = ?")) {
                up.setString(1, value);
                up.setInt(2, type);
                up.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now()));
                up.setString(4, source);
                if (up.executeUpdate() > 0) return;
            }
            try (PreparedStatement in = c.prepareStatement("INSERT INTO import_watermark (source, watermark, sql_type, updated_at) VALUES (?, ?, ?, ?)")) {
                in.setString(1, source);
                in.setString(2, value);
                in.setInt(3, type);
                in.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now()));
                in.executeUpdate();
            }
        }
    }

    /** The rows of a run, header first, as a table of the import. */
    private record MemoryTable(String file, List<String> header, List<String[]> rows) implements TableInput {
        @Override
        public String sheet() {
            return null;
        }

        @Override
        public long estimatedRows() {
            return rows.size() + 1;
        }

        @Override
        public void rows(RowVisitor visitor) {
            if (!visitor.row(1, header.toArray(String[]::new))) return;
            long n = 2;
            for (String[] r : rows) {
                if (!visitor.row(n++, r)) return;
            }
        }
    }
}
