package cn.scorecard.bench;

import cn.scorecard.core.court.Courts;
import cn.scorecard.core.metric.Period;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The five 执行质效 rates as an analyst would compute them with DuckDB from the raw files: read_csv of 案件.csv and
 * 流程节点.csv, the case type from the 案号, overlapping 扣除期间 merged, 延长期限 added, the online auction from
 * 拍卖启动 marked 网络 — written from the rules of docs/indicators.md and docs/data-format.md, not from the
 * product's derived columns.
 */
final class DuckDbFiles implements AutoCloseable {
    private final Connection conn;

    DuckDbFiles() throws SQLException {
        conn = DriverManager.getConnection("jdbc:duckdb:");
    }

    /** values[court][rate] in the order of {@link FiveRates#IDS}; NaN where the denominator is empty. */
    double[][] fiveRates(Path dir, Period p, Courts courts) throws SQLException {
        double[][] out = new double[courts.size()][5];
        for (double[] row : out) Arrays.fill(row, Double.NaN);
        fiveRatesByCourt(dir, p).forEach((code, rates) -> out[courts.indexOf(code)] = rates);
        return out;
    }

    /** The same by court code, for a caller that has not read the province itself. */
    Map<String, double[]> fiveRatesByCourt(Path dir, Period p) throws SQLException {
        Map<String, double[]> out = new HashMap<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql(dir, p))) {
            while (rs.next()) {
                double[] rates = new double[5];
                for (int i = 0; i < 5; i++) {
                    double v = rs.getDouble(i + 2);
                    rates[i] = rs.wasNull() ? Double.NaN : v;
                }
                out.put(rs.getString(1), rates);
            }
        }
        return out;
    }

    static String sql(Path dir, Period p) {
        String from = "DATE '" + p.start() + "'";
        String to = "DATE '" + p.end() + "'";
        String inPeriod = "closed BETWEEN " + from + " AND " + to;
        String actual = "method <> '终结本次执行程序'";
        String delivery = inPeriod + " AND method IN ('执行完毕', '终结本次执行程序')"
                + " AND (category IS NULL OR category IN ('民商事', '仲裁', '公证')) AND applied > 0";
        return "WITH cases AS ("
                + " SELECT 法院代码 AS court, 案号 AS no, 立案日期 AS filed, 结案日期 AS closed, 结案方式 AS method,"
                + "  案件类别 AS category, 申请标的额 AS applied, 到位金额 AS delivered"
                + " FROM read_csv('" + file(dir, "案件.csv") + "', header = true, auto_detect = false, columns = {"
                + "  '法院代码': 'VARCHAR', '案号': 'VARCHAR', '立案日期': 'DATE', '结案日期': 'DATE', '结案方式': 'VARCHAR',"
                + "  '案件类别': 'VARCHAR', '申请标的额': 'DECIMAL(18,2)', '到位金额': 'DECIMAL(18,2)', '承办法官': 'VARCHAR',"
                + "  '法官助理': 'VARCHAR', '书记员': 'VARCHAR', '下落不明': 'VARCHAR', '不适用失信': 'VARCHAR',"
                + "  '未纳入流程系统': 'VARCHAR'})"
                // 首次执行: the type code right before the serial number is 执 alone (not 执恢, 执保, 执异 …)
                + " WHERE regexp_extract(案号, '(执[恢保异复监协请他]?)[0-9]+号', 1) = '执' AND 立案日期 <= " + to + "),"
                + " steps AS ("
                + " SELECT 法院代码 AS court, 案号 AS no, 节点 AS kind, CAST(时间 AS DATE) AS s, CAST(结束时间 AS DATE) AS e,"
                + "  标志 AS mark"
                + " FROM read_csv('" + file(dir, "流程节点.csv") + "', header = true, auto_detect = false, columns = {"
                + "  '法院代码': 'VARCHAR', '案号': 'VARCHAR', '节点': 'VARCHAR', '时间': 'TIMESTAMP', '结束时间': 'TIMESTAMP',"
                + "  '标志': 'VARCHAR', '金额': 'VARCHAR', '说明': 'VARCHAR'})"
                + " WHERE 节点 IN ('扣除期间', '延长期限', '拍卖启动')),"
                // overlapping deducted intervals count once: islands of intervals that start within the running end
                + " ded_rows AS (SELECT court, no, s, e,"
                + "  max(e) OVER (PARTITION BY court, no ORDER BY s, e ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev"
                + "  FROM steps WHERE kind = '扣除期间' AND e IS NOT NULL AND e >= s),"
                + " ded_islands AS (SELECT court, no, s, e,"
                + "  sum(CASE WHEN prev IS NULL OR s > prev THEN 1 ELSE 0 END)"
                + "   OVER (PARTITION BY court, no ORDER BY s, e ROWS UNBOUNDED PRECEDING) AS island FROM ded_rows),"
                + " ded AS (SELECT court, no, sum(days) AS ded FROM"
                + "  (SELECT court, no, max(e) - min(s) + 1 AS days FROM ded_islands GROUP BY court, no, island)"
                + "  GROUP BY court, no),"
                // an extension runs from 时间 to 结束时间 (days inclusive), or gives its days in 标志 (30 or 30天)
                + " ext AS (SELECT court, no, sum(days) AS ext FROM"
                + "  (SELECT court, no, CASE WHEN e IS NOT NULL THEN e - s + 1"
                + "   ELSE TRY_CAST(regexp_replace(mark, '天$', '') AS INTEGER) END AS days"
                + "   FROM steps WHERE kind = '延长期限') WHERE days > 0 GROUP BY court, no),"
                + " online AS (SELECT DISTINCT court, no FROM steps WHERE kind = '拍卖启动' AND contains(mark, '网络')),"
                + " c AS (SELECT cases.*,"
                + "  CAST(filed + INTERVAL 6 MONTH AS DATE) + CAST(coalesce(ext.ext, 0) + coalesce(ded.ded, 0) AS INTEGER) AS deadline,"
                + "  CAST(filed + CASE WHEN online.no IS NULL THEN INTERVAL 6 MONTH ELSE INTERVAL 12 MONTH END AS DATE) AS absolute"
                + "  FROM cases LEFT JOIN ext USING (court, no) LEFT JOIN ded USING (court, no)"
                + "  LEFT JOIN online USING (court, no)),"
                + " t AS (SELECT court,"
                + "  count(*) FILTER (WHERE " + inPeriod + ") AS closed_n,"
                + "  count(*) FILTER (WHERE " + inPeriod + " AND " + actual + ") AS actual_n,"
                + "  count(*) FILTER (WHERE " + inPeriod + " AND method = '执行完毕') AS fulfilled_n,"
                + "  sum(least(1.0, coalesce(delivered, 0)::DOUBLE / applied::DOUBLE)) FILTER (WHERE " + delivery + ") AS delivery_sum,"
                + "  count(*) FILTER (WHERE " + delivery + ") AS delivery_n,"
                + "  count(*) FILTER (WHERE " + inPeriod + " AND closed <= deadline) AS within_n,"
                + "  count(*) FILTER (WHERE " + inPeriod + " AND " + actual + " AND closed <= deadline) AS actual_within_n,"
                + "  count(*) FILTER (WHERE (closed IS NULL OR closed > " + to + ") AND absolute < " + to + ") AS overdue_open_n"
                + "  FROM c GROUP BY court)"
                + " SELECT court, actual_n::DOUBLE / NULLIF(closed_n, 0), fulfilled_n::DOUBLE / NULLIF(closed_n, 0),"
                + "  delivery_sum / NULLIF(delivery_n, 0), within_n::DOUBLE / NULLIF(closed_n, 0),"
                + "  actual_within_n::DOUBLE / NULLIF(actual_n + overdue_open_n, 0) FROM t";
    }

    private static String file(Path dir, String name) {
        return dir.resolve(name).toAbsolutePath().toString().replace("'", "''");
    }

    @Override
    public void close() throws SQLException {
        conn.close();
    }
}
