package cn.scorecard.app.platform.importing;

import cn.scorecard.app.platform.store.Table;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL: rows are streamed with COPY into a temporary staging table (dropped at commit), then merged in
 * one statement: {@code INSERT … SELECT … ON CONFLICT (key) DO UPDATE}. Steps first delete the stored steps
 * of every case in the staging table, then are inserted.
 */
final class PostgresSink extends StoreSink {
    private static final int FLUSH_BYTES = 1 << 20;

    private CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 4096);

    PostgresSink(Connection connection, DatabaseKnownKeys known) {
        super(connection, known);
    }

    private static String stage(Table t) {
        return "stage_" + t.sqlName();
    }

    @Override
    void openTable(Table table) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TEMPORARY TABLE IF NOT EXISTS " + stage(table) + " (LIKE " + table.sqlName()
                    + " INCLUDING DEFAULTS) ON COMMIT DROP");
            s.execute("TRUNCATE " + stage(table));
        }
        copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + stage(table) + " (" + table.columnList() + ") FROM STDIN");
    }

    @Override
    void write(Table table, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) buffer.append('\t');
            CopyText.append(buffer, values[i]);
        }
        buffer.append('\n');
        if (buffer.length() >= FLUSH_BYTES) flush();
    }

    private void flush() throws SQLException {
        if (buffer.length() == 0) return;
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    @Override
    void abandon() throws SQLException {
        buffer.setLength(0);
        if (copy != null && copy.isActive()) copy.cancelCopy();
        copy = null;
    }

    @Override
    void closeTable(Table table) throws SQLException {
        flush();
        copy.endCopy();
        copy = null;
        try (Statement s = connection.createStatement()) {
            if (table == Table.STEP) {
                s.executeUpdate("DELETE FROM case_step WHERE case_id IN (SELECT DISTINCT case_id FROM " + stage(table) + ")");
                s.executeUpdate("INSERT INTO case_step (" + table.columnList() + ") SELECT " + table.columnList()
                        + " FROM " + stage(table));
            } else {
                String updates = table.valueColumns().stream().map(c -> c + " = EXCLUDED." + c)
                        .collect(Collectors.joining(", "));
                s.executeUpdate("INSERT INTO " + table.sqlName() + " (" + table.columnList() + ") SELECT "
                        + table.columnList() + " FROM " + stage(table) + " ON CONFLICT (" + String.join(", ", table.keys())
                        + ") DO UPDATE SET " + updates);
            }
            s.execute("TRUNCATE " + stage(table));
        }
    }
}
