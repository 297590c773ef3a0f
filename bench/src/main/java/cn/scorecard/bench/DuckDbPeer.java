package cn.scorecard.bench;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.metric.Period;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The same five rates in plain SQL on an in-memory DuckDB holding the same cases: the tool a data analyst
 * would reach for instead.
 */
final class DuckDbPeer implements AutoCloseable {
    private final Connection conn;

    DuckDbPeer() throws SQLException {
        conn = DriverManager.getConnection("jdbc:duckdb:");
    }

    void load(CaseTable t) throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TABLE cases (court INTEGER, type TINYINT, filed DATE, closed DATE, method TINYINT,"
                    + " category TINYINT, applied BIGINT, delivered BIGINT, ext INTEGER, ded INTEGER, online BOOLEAN)");
        }
        try (DuckDBAppender a = ((DuckDBConnection) conn).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "cases")) {
            for (int r = 0; r < t.size(); r++) {
                a.beginRow();
                a.append(t.court(r));
                a.append((byte) t.typeOrdinal(r));
                a.append(LocalDate.ofEpochDay(t.filed(r)));
                if (t.closed(r) == Times.NONE) a.appendNull(); else a.append(LocalDate.ofEpochDay(t.closed(r)));
                a.append((byte) t.methodOrdinal(r));
                a.append((byte) t.categoryColumn()[r]);
                a.append(t.applied(r));
                a.append(t.delivered(r));
                a.append(t.extendedDays(r));
                a.append(t.deductedDays(r));
                a.append(t.has(r, CaseFlag.ONLINE_AUCTION));
                a.endRow();
            }
        }
    }

    /** values[court][rate] in the order of {@link FiveRates#IDS}; NaN where the denominator is empty. */
    double[][] fiveRates(Period p, int courts) throws SQLException {
        String s = "DATE '" + p.start() + "'";
        String e = "DATE '" + p.end() + "'";
        String deadline = "CAST(filed + INTERVAL 6 MONTH AS DATE) + ext + ded";
        String sql = "WITH c AS (SELECT * FROM cases WHERE type = 0 AND closed BETWEEN " + s + " AND " + e + "),"
                + " r AS (SELECT court,"
                + "  SUM(CASE WHEN method <> 3 THEN 1 ELSE 0 END)::DOUBLE / COUNT(*) AS actual,"
                + "  SUM(CASE WHEN method = 0 THEN 1 ELSE 0 END)::DOUBLE / COUNT(*) AS fulfilled,"
                + "  AVG(CASE WHEN method IN (0, 3) AND (category < 0 OR category IN (0, 5, 6)) AND applied > 0"
                + "      THEN LEAST(1.0, GREATEST(delivered, 0)::DOUBLE / applied) END) AS delivery,"
                + "  SUM(CASE WHEN closed <= " + deadline + " THEN 1 ELSE 0 END)::DOUBLE / COUNT(*) AS statutory"
                + "  FROM c GROUP BY court),"
                + " a AS (SELECT court,"
                + "  SUM(CASE WHEN closed BETWEEN " + s + " AND " + e + " AND method <> 3 AND closed <= " + deadline
                + "      THEN 1 ELSE 0 END) AS num,"
                + "  SUM(CASE WHEN closed BETWEEN " + s + " AND " + e + " AND method <> 3 THEN 1"
                + "      WHEN (closed IS NULL OR closed > " + e + ") AND CAST(filed + (CASE WHEN online THEN INTERVAL 12 MONTH"
                + "      ELSE INTERVAL 6 MONTH END) AS DATE) < " + e + " THEN 1 ELSE 0 END) AS den"
                + "  FROM cases WHERE type = 0 AND filed <= " + e + " GROUP BY court)"
                + " SELECT a.court, r.actual, r.fulfilled, r.delivery, r.statutory,"
                + "  CASE WHEN a.den = 0 THEN NULL ELSE a.num::DOUBLE / a.den END"
                + " FROM a LEFT JOIN r ON a.court = r.court";
        double[][] out = new double[courts][5];
        for (double[] row : out) Arrays.fill(row, Double.NaN);
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                int court = rs.getInt(1);
                for (int i = 0; i < 5; i++) {
                    double v = rs.getDouble(i + 2);
                    out[court][i] = rs.wasNull() ? Double.NaN : v;
                }
            }
        }
        return out;
    }

    @Override
    public void close() throws SQLException {
        conn.close();
    }
}
