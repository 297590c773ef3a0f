package cn.scorecard.app.platform.importing;

import cn.scorecard.app.platform.store.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * H2: batched statements. A case new to the database and every step are inserted; a case that exists, and
 * the rows of the other tables, are written with {@code MERGE INTO … KEY (…)} (insert or update by natural
 * key). The stored steps of a case that existed before the import are deleted when the case first appears
 * in a steps file, in the same flush and before the inserts.
 */
final class H2Sink extends StoreSink {
    private static final int BATCH = 2_000;
    /** Rows per INSERT statement: H2 pays its per-statement cost once for all of them (about twice as fast). */
    private static final int ROWS_PER_INSERT = 50;
    private static final int CASE_ID = Table.CASE.columns().indexOf("case_id");
    private static final int STEP_CASE_ID = Table.STEP.columns().indexOf("case_id");

    private PreparedStatement insert;
    private PreparedStatement multiInsert;
    private final List<Object[]> inserts = new ArrayList<>(ROWS_PER_INSERT);
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
        String values = "(" + marks + ")";
        insert = connection.prepareStatement("INSERT INTO " + table.sqlName() + columns + " VALUES " + values);
        multiInsert = connection.prepareStatement("INSERT INTO " + table.sqlName() + columns + " VALUES "
                + String.join(", ", java.util.Collections.nCopies(ROWS_PER_INSERT, values)));
        merge = connection.prepareStatement("MERGE INTO " + table.sqlName() + columns + " KEY ("
                + String.join(", ", table.keys()) + ") VALUES (" + marks + ")");
        if (table == Table.STEP) deleteSteps = connection.prepareStatement("DELETE FROM case_step WHERE case_id = ?");
    }

    @Override
    void write(Table table, Object[] values) throws SQLException {
        boolean insertOnly = table == Table.STEP
                || table == Table.CASE && (Long) values[CASE_ID] >= firstNewCaseId(); // new: nothing to update
        if (table == Table.STEP) clearStoredSteps((Long) values[STEP_CASE_ID]);
        if (insertOnly) {
            inserts.add(values);
            if (inserts.size() == ROWS_PER_INSERT) bindInserts(multiInsert);
        } else {
            bind(merge, values, 0);
            merge.addBatch();
        }
        if (++pending == BATCH) flush();
    }

    /** Binds the collected rows: all of them to the many-row statement, or one by one at a flush. */
    private void bindInserts(PreparedStatement statement) throws SQLException {
        if (statement == multiInsert) {
            for (int r = 0; r < inserts.size(); r++) bind(multiInsert, inserts.get(r), r * inserts.get(r).length);
            multiInsert.addBatch();
        } else {
            for (Object[] row : inserts) {
                bind(insert, row, 0);
                insert.addBatch();
            }
        }
        inserts.clear();
    }

    private static void bind(PreparedStatement s, Object[] values, int offset) throws SQLException {
        for (int i = 0; i < values.length; i++) s.setObject(offset + i + 1, values[i]);
    }

    /** Only cases stored before this import can have stored steps; new case_ids are above the old maximum. */
    private void clearStoredSteps(long caseId) throws SQLException {
        if (caseId >= firstNewCaseId() || !stepsCleared.add(caseId)) return;
        deleteSteps.setLong(1, caseId);
        deleteSteps.addBatch();
    }

    private void flush() throws SQLException {
        if (deleteSteps != null) deleteSteps.executeBatch(); // before the inserts of the same cases
        bindInserts(insert);
        multiInsert.executeBatch();
        insert.executeBatch();
        merge.executeBatch();
        pending = 0;
    }

    @Override
    void abandon() throws SQLException {
        pending = 0;
        inserts.clear();
        closeStatements();
    }

    @Override
    void closeTable(Table table) throws SQLException {
        flush();
        closeStatements();
    }

    private void closeStatements() throws SQLException {
        for (PreparedStatement s : new PreparedStatement[] {insert, multiInsert, merge, deleteSteps}) {
            if (s != null) s.close();
        }
        insert = null;
        multiInsert = null;
        merge = null;
        deleteSteps = null;
    }
}
