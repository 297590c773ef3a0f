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
import cn.scorecard.core.io.Rows;

/**
 * Reads the whole database into a {@link Snapshot} with plain JDBC, no Spring needed: every table streamed in
 * file order straight into a {@link ProvinceAssembler} (the same assembly as reading a data directory, so the
 * data is equal), inside one repeatable-read transaction so that an import committing meanwhile is either
 * wholly in or wholly out.
 */
public final class ProvinceLoader {
    private static final int FETCH = 10_000;

    private ProvinceLoader() {
    }

    public static Snapshot load(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        c.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            long version = version(c);
            Fingerprint fp = new Fingerprint();
            ProvinceAssembler a = new ProvinceAssembler();
            read(c, Table.HOLIDAY, rs -> a.holiday(fp.add(RowReaders.holiday(rs))));
            read(c, Table.COURT, rs -> a.court(fp.add(RowReaders.court(rs))));
            read(c, Table.STAFF, rs -> a.staff(fp.add(RowReaders.staff(rs))));
            Map<Long, String[]> caseKeys = new HashMap<>();
            read(c, Table.CASE, rs -> {
                Rows.Case row = fp.add(RowReaders.caseRow(rs));
                caseKeys.put(rs.getLong(17), new String[] {row.court(), row.number()});
                a.caseRow(row);
            });
            read(c, Table.STEP, rs -> a.step(fp.add(RowReaders.step(rs, caseKeys.get(rs.getLong(2))))));
            read(c, Table.REVIEW, rs -> a.review(fp.add(RowReaders.review(rs))));
            read(c, Table.PETITION, rs -> a.petition(fp.add(RowReaders.petition(rs))));
            read(c, Table.MATTER, rs -> a.matter(fp.add(RowReaders.matter(rs))));
            read(c, Table.COMPENSATION, rs -> a.compensation(fp.add(RowReaders.compensation(rs))));
            read(c, Table.DISCIPLINE, rs -> a.discipline(fp.add(RowReaders.discipline(rs))));
            read(c, Table.EVIDENCE, rs -> a.evidence(fp.add(RowReaders.evidence(rs))));
            read(c, Table.STATISTIC, rs -> a.statistic(fp.add(RowReaders.statistic(rs))));
            ProvinceData province = a.build();
            StaffInputsLoader staff = new StaffInputsLoader(province.staff(), fp);
            var inputs = staff.load(c);
            c.commit();
            return new Snapshot(province, inputs, version, fp.value());
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setTransactionIsolation(isolation);
            c.setAutoCommit(autoCommit);
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
