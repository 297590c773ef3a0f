package cn.scorecard.app.platform.importing;

import cn.scorecard.app.messages.Bundle;
import cn.scorecard.app.platform.store.Table;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * PostgreSQL, with COPY throughout. Cases new to the database and all steps are copied straight into their
 * tables while the file is still being read (so reading and inserting run side by side); a case that already
 * exists is set aside in a temporary file and merged at the end of its file with
 * {@code INSERT … ON CONFLICT DO UPDATE} from a staging table, and a steps file ends by deleting the older steps
 * of the stored cases it mentions. The other (small) tables always go through staging and the merge.
 */
final class PostgresSink extends StoreSink {
    private static final int FLUSH_CHARS = 1 << 20;
    private static final int CASE_ID = Table.CASE.columns().indexOf("case_id");
    private static final int STEP_CASE_ID = Table.STEP.columns().indexOf("case_id");

    private final CopyManager copies;
    private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 4096);
    private CopyIn copy;
    private SetAside setAside;
    private final Set<Long> replaced = new HashSet<>();
    private long firstStepSeq;

    PostgresSink(Connection connection, DatabaseKnownKeys known) throws SQLException {
        super(connection, known);
        copies = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    private static String stage(Table t) {
        return "stage_" + t.sqlName();
    }

    private static boolean direct(Table t) {
        return t == Table.CASE || t == Table.STEP;
    }

    @Override
    void openTable(Table table) throws SQLException {
        if (table == Table.STEP) firstStepSeq = peekSeq(table);
        if (!direct(table)) createStage(table);
        copy = copies.copyIn("COPY " + (direct(table) ? table.sqlName() : stage(table)) + " (" + table.columnList()
                + ") FROM STDIN");
    }

    private void createStage(Table table) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TEMPORARY TABLE IF NOT EXISTS " + stage(table) + " (LIKE " + table.sqlName()
                    + " INCLUDING DEFAULTS) ON COMMIT DROP");
            s.execute("TRUNCATE " + stage(table));
        }
    }

    @Override
    void write(Table table, Object[] values) throws SQLException {
        if (table == Table.CASE && (Long) values[CASE_ID] < firstNewCaseId()) {
            setAside(values);
            return;
        }
        if (table == Table.STEP && (Long) values[STEP_CASE_ID] < firstNewCaseId()) replaced.add((Long) values[STEP_CASE_ID]);
        CopyText.line(buffer, values);
        if (buffer.length() >= FLUSH_CHARS) flush();
    }

    /** A case the database already holds: merged at the end, since COPY cannot update. */
    private void setAside(Object[] values) {
        if (setAside == null) setAside = new SetAside();
        setAside.add(values);
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
        if (setAside != null) setAside.close();
        setAside = null;
    }

    @Override
    void closeTable(Table table) throws SQLException {
        flush();
        copy.endCopy();
        copy = null;
        if (table == Table.CASE) {
            if (setAside != null) mergeSetAside(table);
        } else if (table == Table.STEP) {
            deleteReplacedSteps();
        } else {
            merge(table);
        }
    }

    private void mergeSetAside(Table table) throws SQLException {
        createStage(table);
        try (SetAside rows = setAside; Reader r = rows.reader()) {
            copies.copyIn("COPY " + stage(table) + " (" + table.columnList() + ") FROM STDIN", r);
        } catch (IOException e) {
            throw new SQLException(Bundle.text("import.error.mergeFile", String.valueOf(e.getMessage())), e);
        } finally {
            setAside = null;
        }
        merge(table);
    }

    /** The stored steps of cases that this steps file mentions go; the file's own rows have seq ≥ firstStepSeq. */
    private void deleteReplacedSteps() throws SQLException {
        if (replaced.isEmpty()) return;
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TEMPORARY TABLE IF NOT EXISTS stage_replaced (case_id BIGINT) ON COMMIT DROP");
            s.execute("TRUNCATE stage_replaced");
        }
        CopyIn ids = copies.copyIn("COPY stage_replaced (case_id) FROM STDIN");
        byte[] bytes = replaced.stream().map(id -> id + "\n").collect(Collectors.joining()).getBytes(StandardCharsets.UTF_8);
        ids.writeToCopy(bytes, 0, bytes.length);
        ids.endCopy();
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("DELETE FROM case_step WHERE seq < " + firstStepSeq
                    + " AND case_id IN (SELECT case_id FROM stage_replaced)");
        }
        replaced.clear();
    }

    private void merge(Table table) throws SQLException {
        String updates = table.valueColumns().stream().map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("INSERT INTO " + table.sqlName() + " (" + table.columnList() + ") SELECT " + table.columnList()
                    + " FROM " + stage(table) + " ON CONFLICT (" + String.join(", ", table.keys()) + ") DO UPDATE SET "
                    + updates);
            s.execute("TRUNCATE " + stage(table));
        }
    }
}
