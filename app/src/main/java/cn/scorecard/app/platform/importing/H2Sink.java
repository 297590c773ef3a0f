package cn.scorecard.app.platform.importing;

import cn.scorecard.app.platform.store.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * H2: batched statements. A case new to the database and every step are inserted; a case that exists, and
 * the rows of the other tables, are written with {@code MERGE INTO … KEY (…)} (insert or update by natural
 * key). The stored steps of a case that existed before the import are deleted when the case first appears
 * in a steps file, in the same flush and before the inserts.
 */
final class H2Sink extends StoreSink {
    private static final int BATCH = 2_000;
    private static final int CASE_ID = Table.CASE.columns().indexOf("case_id");
    private static final int STEP_CASE_ID = Table.STEP.columns().indexOf("case_id");

    private PreparedStatement insert;
    private PreparedStatement merge;
    private PreparedStatement deleteSteps;
    private final Set<Long> stepsCleared = new HashSet<>();
    private int pending;

    H2Sink(Connection connection, DatabaseKnownKeys known) {
        super(connection, known);
    }

    @Override
    void openTable(Table table) throws SQLException {
        String marks = "?" + ", ?".repeat(table.columns().size() - 1);
        String columns = " (" + table.columnList() + ")";
        insert = connection.prepareStatement("INSERT INTO " + table.sqlName() + columns + " VALUES (" + marks + ")");
        merge = connection.prepareStatement("MERGE INTO " + table.sqlName() + columns + " KEY ("
                + String.join(", ", table.keys()) + ") VALUES (" + marks + ")");
        if (table == Table.STEP) deleteSteps = connection.prepareStatement("DELETE FROM case_step WHERE case_id = ?");
    }

    @Override
    void write(Table table, Object[] values) throws SQLException {
        PreparedStatement target = merge;
        if (table == Table.STEP) {
            clearStoredSteps((Long) values[STEP_CASE_ID]);
            target = insert;
        } else if (table == Table.CASE && (Long) values[CASE_ID] >= firstNewCaseId()) {
            target = insert; // new to the database: nothing to update
        }
        for (int i = 0; i < values.length; i++) target.setObject(i + 1, values[i]);
        target.addBatch();
        if (++pending == BATCH) flush();
    }

    /** Only cases stored before this import can have stored steps; new case_ids are above the old maximum. */
    private void clearStoredSteps(long caseId) throws SQLException {
        if (caseId >= firstNewCaseId() || !stepsCleared.add(caseId)) return;
        deleteSteps.setLong(1, caseId);
        deleteSteps.addBatch();
    }

    private void flush() throws SQLException {
        if (deleteSteps != null) deleteSteps.executeBatch();
        insert.executeBatch();
        merge.executeBatch();
        pending = 0;
    }

    @Override
    void abandon() throws SQLException {
        pending = 0;
        closeStatements();
    }

    @Override
    void closeTable(Table table) throws SQLException {
        flush();
        closeStatements();
    }

    private void closeStatements() throws SQLException {
        for (PreparedStatement s : new PreparedStatement[] {insert, merge, deleteSteps}) {
            if (s != null) s.close();
        }
        insert = null;
        merge = null;
        deleteSteps = null;
    }
}
