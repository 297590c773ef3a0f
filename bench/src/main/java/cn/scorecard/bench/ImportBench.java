package cn.scorecard.bench;

import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.demo.DemoProvince;
import cn.scorecard.core.demo.DemoSpec;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports N case rows (default 1,000,000) into PostgreSQL through the product's own command,
 * {@code scorecard import}, once from 案件.csv and once from an .xlsx workbook. Targets (issue: data platform):
 * CSV ≥ 100,000 rows/s, .xlsx ≥ 50,000 rows/s. The data is a generated demo province's cases; courts and staff
 * are imported first (not timed), then the cases file alone is timed: the import's own measure (reading,
 * validating, COPY, merge and commit) and the wall time of the whole command (JVM start and migration check
 * included). PostgreSQL is an embedded server started here, or the server of --db, on which each measurement
 * creates a database of its own.
 */
final class ImportBench {
    private static final Pattern REPORT = Pattern.compile("读取 (\\d+) 行.*用时 ([0-9.]+) 秒（每秒 (\\d+) 行）");

    record Options(int cases, int runs, long seed, String db, String user, String password, Path appJar) {
        static Options parse(String[] args) {
            int cases = 1_000_000, runs = 1;
            long seed = 20261123L;
            String db = null, user = null, password = null;
            Path jar = Path.of("app/target/scorecard.jar");
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--cases" -> cases = Integer.parseInt(args[i + 1]);
                    case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                    case "--seed" -> seed = Long.parseLong(args[i + 1]);
                    case "--db" -> db = args[i + 1];
                    case "--db-user" -> user = args[i + 1];
                    case "--db-password" -> password = args[i + 1];
                    case "--app-jar" -> jar = Path.of(args[i + 1]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(cases, runs, seed, db, user, password, jar);
        }
    }

    private ImportBench() {
    }

    static void run(Options o) throws Exception {
        if (!Files.isRegularFile(o.appJar())) throw new IllegalStateException("build first: " + o.appJar() + " is missing");
        long t0 = System.nanoTime();
        ProvinceData data = DemoProvince.generate(DemoSpec.defaults(o.seed()).withCases(o.cases()));
        Path dir = Files.createTempDirectory("scorecard-import-bench-");
        CaseFiles.writeReferences(data, dir.resolve("refs"));
        Path csv = CaseFiles.writeCsv(data, dir.resolve("csv"));
        Path xlsx = CaseFiles.writeXlsx(data, dir.resolve("xlsx"));
        System.out.printf("data: %d courts, %d staff, %d case rows; 案件.csv %d MB, 案件.xlsx %d MB; generated in %.1f s%n",
                data.courts().size(), data.staff().size(), data.cases().size(), Files.size(csv) >> 20,
                Files.size(xlsx) >> 20, (System.nanoTime() - t0) / 1e9);
        EmbeddedPostgres pg = o.db() == null ? EmbeddedPostgres.builder().start() : null;
        try {
            for (int run = 1; run <= o.runs(); run++) {
                measure(o, pg, "csv" + run, dir.resolve("refs"), csv, o.cases());
                measure(o, pg, "xlsx" + run, dir.resolve("refs"), xlsx, o.cases());
            }
        } finally {
            if (pg != null) pg.close();
        }
    }

    private static void measure(Options o, EmbeddedPostgres pg, String name, Path refs, Path file, int rows) throws Exception {
        // a new database per measurement, on the embedded server or on the server of --db (needs CREATEDB)
        String url;
        String user = o.user();
        String password = o.password();
        if (pg != null) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE bench_" + name);
            }
            url = pg.getJdbcUrl("postgres", "bench_" + name);
            user = "postgres";
            password = "postgres";
        } else {
            String db = "bench_" + name + "_" + System.currentTimeMillis();
            try (Connection c = java.sql.DriverManager.getConnection(o.db(), o.user(), o.password());
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + db);
            }
            url = o.db().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + db);
        }
        scorecard(o, url, user, password, refs);
        long t0 = System.nanoTime();
        String report = scorecard(o, url, user, password, file);
        double wall = (System.nanoTime() - t0) / 1e9;
        Matcher m = REPORT.matcher(report);
        if (!m.find()) throw new IllegalStateException("import failed:\n" + report);
        long read = Long.parseLong(m.group(1));
        if (read != rows) throw new IllegalStateException("expected " + rows + " rows, the import read " + read);
        System.out.printf("%-5s %s: %,d rows imported in %s s (%,d rows/s); whole command %.1f s (%,.0f rows/s)%n",
                name.replaceAll("\\d", ""), file.getFileName(), read, m.group(2), Long.parseLong(m.group(3)), wall,
                read / wall);
        try (Connection c = java.sql.DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM enforcement_case")) {
            rs.next();
            if (rs.getLong(1) != rows) throw new IllegalStateException("database holds " + rs.getLong(1) + " cases");
        }
    }

    /** Runs {@code java -jar scorecard.jar import} and returns its standard output (the report). */
    private static String scorecard(Options o, String url, String user, String password, Path path) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx2g",
                "-Dfile.encoding=UTF-8", "-jar", o.appJar().toString(), "import", "--db", url));
        if (user != null) cmd.addAll(List.of("--db-user", user));
        if (password != null) cmd.addAll(List.of("--db-password", password));
        cmd.add(path.toString());
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) out.append(line).append('\n');
        }
        if (p.waitFor() != 0) throw new IllegalStateException("import of " + path + " failed:\n" + out);
        return out.toString();
    }
}
