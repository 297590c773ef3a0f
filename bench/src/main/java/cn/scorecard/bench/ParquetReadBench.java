package cn.scorecard.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an analyst does with {@code scorecard snapshot export}'s files: a few DuckDB queries straight on the Parquet
 * files (a fresh in-memory connection each run, so nothing is cached but the operating system's pages).
 */
final class ParquetReadBench {
    private ParquetReadBench() {
    }

    static void run(Path dir, int runs) throws Exception {
        String cases = "read_parquet('" + dir.resolve("cases.parquet") + "')";
        String steps = "read_parquet('" + dir.resolve("steps.parquet") + "')";
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("cases per court", "SELECT court, count(*) FROM " + cases + " GROUP BY 1");
        queries.put("steps per type", "SELECT step, count(*) FROM " + steps + " GROUP BY 1");
        queries.put("实际执结率 2025 per court", "SELECT court, avg(CASE WHEN closing_method <> '终结本次执行程序' THEN 1 ELSE 0 END)"
                + " FROM " + cases + " WHERE case_type = '执' AND closed BETWEEN DATE '2025-01-01' AND DATE '2025-12-31' GROUP BY 1");
        queries.put("执行通知 within 3 days (join)", "SELECT c.court, count(*) FROM " + steps + " s JOIN " + cases
                + " c USING (court, case_number) WHERE s.step = '执行通知' AND s.time < c.filed + INTERVAL 4 DAY GROUP BY 1");
        for (Map.Entry<String, String> q : queries.entrySet()) {
            Timer.Result<Long> r = Timer.time(1, runs, () -> {
                try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery(q.getValue())) {
                    long n = 0;
                    while (rs.next()) n++;
                    return n;
                }
            });
            System.out.printf("%-32s median %8.1f ms, best %8.1f ms (%d rows)%n", q.getKey(), r.medianMs(), r.bestMs(), r.last());
        }
    }
}
