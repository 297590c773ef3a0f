package cn.scorecard.app.platform.importing;

import cn.scorecard.app.platform.store.ImportedCases;
import cn.scorecard.app.platform.store.RowValues;
import cn.scorecard.app.platform.store.Table;
import cn.scorecard.core.court.Court;
import cn.scorecard.core.io.RecordSink;
import cn.scorecard.core.io.RecordType;
import cn.scorecard.core.io.Rows;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the rows of an import into the database inside the import's transaction; the vendor subclasses
 * decide how (batched MERGE on H2, COPY into a staging table then INSERT … ON CONFLICT on PostgreSQL).
 * Rows get seq = the table's highest seq + their position in this import, so reading in seq order gives
 * file order. Steps replace the stored steps of every case they mention.
 */
abstract class StoreSink implements RecordSink {
    final Connection connection;
    final DatabaseKnownKeys known;
    private final Map<Table, Long> nextSeq = new EnumMap<>(Table.class);
    /** case_id of each case of this import, by court|number; kept only when steps follow (they refer to them). */
    private final Map<String, Long> caseIds = new HashMap<>();
    private boolean stepsFollow = true;
    private long nextCaseId = -1;
    private long firstNewCaseId = Long.MAX_VALUE;
    private final Map<String, Long> written = new TreeMap<>();
    private Table open;
    /** Builds the courts, staff, cases and steps as they are written (an import into an empty database); none: NONE. */
    private RecordSink mirror = NONE;
    private static final RecordSink NONE = new RecordSink() {
    };

    StoreSink(Connection connection, DatabaseKnownKeys known) {
        this.connection = connection;
        this.known = known;
    }

    /** Prepares writing a table (once per table and import, even with several inputs). */
    abstract void openTable(Table table) throws SQLException;

    abstract void write(Table table, Object[] values) throws SQLException;

    /** Writes what is pending and merges it into the table. */
    abstract void closeTable(Table table) throws SQLException;

    /** Drops what is pending of the open table (the import is rejected and will roll back). */
    abstract void abandon() throws SQLException;

    /** Before rolling back: leaves the connection usable whatever was open. */
    void abort() {
        try {
            if (open != null) abandon();
        } catch (SQLException e) {
            // the rollback that follows discards everything anyway
        }
        open = null;
    }

    @Override
    public void begin(RecordType type) {
        begin(Tables.of(type));
    }

    @Override
    public void end(RecordType type) {
        end(Tables.of(type));
    }

    void begin(Table table) {
        if (open == table) return;
        try {
            if (!nextSeq.containsKey(table)) nextSeq.put(table, max(table, "seq") + 1);
            if (table == Table.CASE && nextCaseId < 0) {
                nextCaseId = max(table, "case_id") + 1;
                firstNewCaseId = nextCaseId;
            }
            openTable(table);
            open = table;
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    void end(Table table) {
        if (open != table) return;
        try {
            closeTable(table);
            open = null;
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** Has the courts, staff, cases and steps built as they are written (see {@link ImportedCases}). */
    void mirrorTo(ImportedCases cases) {
        mirror = cases;
    }

    /** Whether a steps table comes in this import; without one a million-case import need not map its cases. */
    void stepsFollow(boolean follow) {
        stepsFollow = follow;
    }

    /** Rows written per record type label (案件 …), for the report. */
    Map<String, Long> written() {
        return written;
    }

    void put(Table table, Object[] values) {
        try {
            write(table, values);
            written.merge(Tables.label(table), 1L, Long::sum);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** The seq the next row of the table will get. */
    long peekSeq(Table table) {
        return nextSeq.get(table);
    }

    long seq(Table table) {
        long s = nextSeq.get(table);
        nextSeq.put(table, s + 1);
        return s;
    }

    /** Asked before a table's rows are written (PostgreSQL's connection is busy copying while they are). */
    private long max(Table table, String column) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) FROM " + table.sqlName())) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void holiday(Rows.Holiday h) {
        put(Table.HOLIDAY, RowValues.of(h, seq(Table.HOLIDAY)));
    }

    @Override
    public void court(Court c) {
        put(Table.COURT, RowValues.of(c, seq(Table.COURT)));
        mirror.court(c);
    }

    @Override
    public void staff(Rows.Staff s) {
        put(Table.STAFF, RowValues.of(s, seq(Table.STAFF)));
        mirror.staff(s);
    }

    /** A case keeps the case_id it has in the database; a new case gets the next number. */
    @Override
    public void caseRow(Rows.Case c) {
        long id = known.caseId(c.court(), c.number());
        if (id < 0) id = nextCaseId++;
        if (stepsFollow) caseIds.put(c.court() + "|" + c.number(), id);
        put(Table.CASE, RowValues.of(c, id, seq(Table.CASE)));
        mirror.caseRow(c);
    }

    @Override
    public void step(Rows.Step s) {
        put(Table.STEP, RowValues.of(s, caseId(s.court(), s.number()), seq(Table.STEP)));
        mirror.step(s);
    }

    /** case_ids from here on were given by this import: those cases have no stored steps yet. */
    long firstNewCaseId() {
        return firstNewCaseId;
    }

    /** The case_id of a case of this import or of the database (the reader has checked that it exists). */
    long caseId(String court, String number) {
        Long id = caseIds.get(court + "|" + number);
        return id != null ? id : known.caseId(court, number);
    }

    @Override
    public void review(Rows.Review r) {
        put(Table.REVIEW, RowValues.of(r, seq(Table.REVIEW)));
    }

    @Override
    public void petition(Rows.Petition p) {
        put(Table.PETITION, RowValues.of(p, seq(Table.PETITION)));
    }

    @Override
    public void matter(Rows.Matter m) {
        put(Table.MATTER, RowValues.of(m, seq(Table.MATTER)));
    }

    @Override
    public void compensation(Rows.Compensation c) {
        put(Table.COMPENSATION, RowValues.of(c, seq(Table.COMPENSATION)));
    }

    @Override
    public void discipline(Rows.Discipline d) {
        put(Table.DISCIPLINE, RowValues.of(d, seq(Table.DISCIPLINE)));
    }

    @Override
    public void evidence(Rows.Evidence e) {
        put(Table.EVIDENCE, RowValues.of(e, seq(Table.EVIDENCE)));
    }

    @Override
    public void statistic(Rows.Statistic s) {
        put(Table.STATISTIC, RowValues.of(s, seq(Table.STATISTIC)));
    }

    @Override
    public void incident(Rows.Incident i) {
        put(Table.INCIDENT, RowValues.of(i, seq(Table.INCIDENT)));
    }

    @Override
    public void quota(Rows.Quota q) {
        put(Table.QUOTA, RowValues.of(q, seq(Table.QUOTA)));
    }

    @Override
    public void veto(Rows.Veto v) {
        put(Table.VETO, RowValues.of(v, seq(Table.VETO)));
    }

    @Override
    public void clerkEvaluation(Rows.ClerkEvaluation e) {
        put(Table.CLERK_EVALUATION, RowValues.of(e, seq(Table.CLERK_EVALUATION)));
    }
}
