package cn.scorecard.app.platform.importing;

import cn.scorecard.app.platform.store.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * H2: batched {@code MERGE INTO … KEY (…)} (insert or update by natural key). Steps are inserted; the stored
 * steps of a case that existed before the import are deleted when the case first appears in the file, in
 * the same flush and before the inserts.
 */
final class H2Sink extends StoreSink {
    private static final int BATCH = 2_000;

    private PreparedStatement upsert;
    private PreparedStatement deleteSteps;
    private final Set<Long> stepsCleared = new HashSet<>();
    private int pending;

    H2Sink(Connection connection, DatabaseKnownKeys known) {
        super(connection, known);
    }

    @Override
    void openTable(Table table) throws SQLException {
        String marks = "?" + ", ?".repeat(table.columns().size() - 1);
        if (table == Table.STEP) {
            upsert = connection.prepareStatement("INSERT INTO case_step (" + table.columnList() + ") VALUES (" + marks + ")");
            deleteSteps = connection.prepareStatement("DELETE FROM case_step WHERE case_id = ?");
        } else {
            upsert = connection.prepareStatement("MERGE INTO " + table.sqlName() + " (" + table.columnList() + ") KEY ("
                    + String.join(", ", table.keys()) + ") VALUES (" + marks + ")");
        }
    }

    @Override
    void write(Table table, Object[] values) throws SQLException {
        if (table == Table.STEP) clearStoredSteps((Long) values[1]);
        for (int i = 0; i < values.length; i++) upsert.setObject(i + 1, values[i]);
        upsert.addBatch();
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
        upsert.executeBatch();
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
        if (upsert != null) upsert.close();
        upsert = null;
        if (deleteSteps != null) {
            deleteSteps.close();
            deleteSteps = null;
        }
    }
}
