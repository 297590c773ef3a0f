package cn.scorecard.app.platform.store;

import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.io.ProvinceAssembler;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import cn.scorecard.core.io.BuiltCases;
import cn.scorecard.core.io.ProvinceSnapshot;
import cn.scorecard.core.io.Rows;
import java.nio.file.Path;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the whole database into a {@link Snapshot} with plain JDBC, no Spring needed: every table streamed in
 * file order straight into a {@link ProvinceAssembler} (the same assembly as reading a data directory, so the
 * data is equal), inside one repeatable-read transaction so that an import committing meanwhile is either
 * wholly in or wholly out.
 *
 * <p>The built cases (case table, steps, payments, field actions) depend only on the courts, staff, cases and steps;
 * every import of those sets a new cases token ({@code data_version.cases_token}). A read may take the cases from
 * the read before (kept in memory) or from a snapshot file written under the same token and courts and staff, and
 * then reads only the other, small tables. The fingerprint is made of three parts — courts and staff, case and step
 * rows, everything else — so it is the same whichever way the cases came.
 */
public final class ProvinceLoader {
    private static final Logger LOG = LoggerFactory.getLogger(ProvinceLoader.class);
    private static final int FETCH = 10_000;

    private ProvinceLoader() {
    }

    /** What a read gives: the snapshot, the built cases to keep (null: not reusable) and where the cases came from. */
    record Loaded(Snapshot snapshot, KeptCases kept, CasesFrom from) {
    }

    /** Reads everything from the database. */
    public static Snapshot load(Connection c) throws SQLException {
        return load(c, null, null, LoadListener.NONE).snapshot();
    }

    /**
     * Reads the database, the cases taken from kept or from the snapshot file when they apply (either may be null),
     * else from the case and step rows.
     */
    static Loaded load(Connection c, KeptCases kept, Path snapshotFile, LoadListener listener) throws SQLException {
        String token = casesToken(c);
        boolean autoCommit = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        c.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            long version = version(c);
            if (token != null && !token.equals(casesToken(c))) token = null; // an import came in between: not this one's
            Fingerprint courtsAndStaff = new Fingerprint();
            Fingerprint rest = new Fingerprint();
            ProvinceAssembler a = new ProvinceAssembler();
            listener.progress(0.01, "startup.step.courts");
            read(c, Table.HOLIDAY, rs -> a.holiday(rest.add(RowReaders.holiday(rs))));
            read(c, Table.COURT, rs -> a.court(courtsAndStaff.add(RowReaders.court(rs))));
            read(c, Table.STAFF, rs -> a.staff(courtsAndStaff.add(RowReaders.staff(rs))));
            String key = token == null ? null : KeptCases.key(token, courtsAndStaff.value());
            BuiltCases cases = null;
            CasesFrom from = CasesFrom.DATABASE;
            if (key != null && kept != null && kept.key().equals(key)) {
                cases = kept.cases();
                from = CasesFrom.MEMORY;
            } else if (key != null && snapshotFile != null) {
                listener.progress(0.05, "startup.step.snapshot");
                cases = SnapshotPrefetch.readCases(snapshotFile, key);
                if (cases != null) from = CasesFrom.SNAPSHOT;
            }
            String caseRows;
            if (cases != null) {
                a.prebuilt(cases);
                caseRows = cases.label();
            } else {
                caseRows = readCases(c, a, listener);
            }
            listener.progress(0.9, "startup.step.records");
            read(c, Table.REVIEW, rs -> a.review(rest.add(RowReaders.review(rs))));
            read(c, Table.PETITION, rs -> a.petition(rest.add(RowReaders.petition(rs))));
            read(c, Table.MATTER, rs -> a.matter(rest.add(RowReaders.matter(rs))));
            read(c, Table.COMPENSATION, rs -> a.compensation(rest.add(RowReaders.compensation(rs))));
            read(c, Table.DISCIPLINE, rs -> a.discipline(rest.add(RowReaders.discipline(rs))));
            read(c, Table.EVIDENCE, rs -> a.evidence(rest.add(RowReaders.evidence(rs))));
            read(c, Table.STATISTIC, rs -> a.statistic(rest.add(RowReaders.statistic(rs))));
            ProvinceData province = a.build();
            StaffInputsLoader staff = new StaffInputsLoader(province.staff(), rest);
            var inputs = staff.load(c);
            c.commit();
            Fingerprint whole = new Fingerprint();
            whole.add(courtsAndStaff.value());
            whole.add(caseRows);
            whole.add(rest.value());
            KeptCases keep = null;
            if (key != null) {
                if (cases == null) cases = BuiltCases.of(province, caseRows);
                if (cases == null) LOG.info("有案号不合常规格式，案件不作快照，每次从数据库读取");
                else keep = new KeptCases(key, cases);
            }
            return new Loaded(new Snapshot(province, inputs, version, whole.value()), keep, from);
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setTransactionIsolation(isolation);
            c.setAutoCommit(autoCommit);
        }
    }

    /** Reads the case and step rows into the assembler and returns their fingerprint. */
    private static String readCases(Connection c, ProvinceAssembler a, LoadListener listener) throws SQLException {
        Fingerprint fp = new Fingerprint();
        long total = listener == LoadListener.NONE ? 0 : count(c, Table.CASE) + count(c, Table.STEP);
        long[] rows = {0};
        Runnable tick = () -> {
            if (total > 0 && ++rows[0] % 50_000 == 0) {
                listener.progress(0.05 + 0.85 * Math.min(1.0, (double) rows[0] / total), "startup.step.caseRows",
                        String.valueOf(rows[0]), String.valueOf(total));
            }
        };
        Map<Long, String[]> caseKeys = new HashMap<>();
        read(c, Table.CASE, rs -> {
            Rows.Case row = fp.add(RowReaders.caseRow(rs));
            caseKeys.put(rs.getLong(17), new String[] {row.court(), row.number()});
            a.caseRow(row);
            tick.run();
        });
        read(c, Table.STEP, rs -> {
            a.step(fp.add(RowReaders.step(rs, caseKeys.get(rs.getLong(2)))));
            tick.run();
        });
        return fp.value();
    }

    private static long count(Connection c, Table table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table.sqlName())) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * The cases token; when there is none yet (a database from before tokens, or cases changed outside an import) a new
     * one is set. Null when it cannot be set now (another writer holds the row): the cases are then read and not kept.
     * Inside a transaction (an import's) it only reads.
     */
    public static String casesToken(Connection c) throws SQLException {
        String token;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT cases_token FROM data_version WHERE id = 1")) {
            token = rs.next() ? rs.getString(1) : null;
        }
        if (token != null || !c.getAutoCommit()) return token;
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE data_version SET cases_token = ? WHERE id = 1 AND cases_token IS NULL")) {
            ps.setString(1, UUID.randomUUID().toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            return null;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT cases_token FROM data_version WHERE id = 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** The current data version (raised by every import). */
    public static long version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM data_version WHERE id = 1")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    @FunctionalInterface
    interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    static void read(Connection c, Table table, RowHandler handler) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(table.selectAll())) {
            ps.setFetchSize(FETCH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) handler.row(rs);
            }
        }
    }
}
