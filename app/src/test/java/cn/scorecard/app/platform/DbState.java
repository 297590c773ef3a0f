package cn.scorecard.app.platform;

import cn.scorecard.app.platform.store.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/** Row counts and a checksum of every data table and of the data version: equal states, equal databases. */
public record DbState(Map<String, Long> counts, String checksum, long version) {
    public static DbState of(DataSource ds) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Table t : Table.values()) {
                long n = 0;
                try (ResultSet rs = s.executeQuery("SELECT " + t.columnList() + " FROM " + t.sqlName() + " ORDER BY "
                        + String.join(", ", t.keys()))) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        n++;
                        for (int i = 1; i <= columns; i++) {
                            String v = rs.getString(i);
                            digest.update((v == null ? "\u0000" : v).getBytes(StandardCharsets.UTF_8));
                            digest.update((byte) '\t');
                        }
                    }
                }
                counts.put(t.sqlName(), n);
            }
            long version;
            try (ResultSet rs = s.executeQuery("SELECT version FROM data_version WHERE id = 1")) {
                rs.next();
                version = rs.getLong(1);
            }
            return new DbState(counts, HexFormat.of().formatHex(digest.digest()), version);
        } catch (SQLException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(Table t) {
        return counts.get(t.sqlName());
    }
}
