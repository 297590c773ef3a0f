package cn.scorecard.bench;

import java.util.Arrays;

/**
 * Benchmarks (never part of the test suite). Usage:
 * <pre>
 *   java -Xmx2g -jar bench/target/scorecard-bench.jar evaluate [--cases N] [--basic N] [--intermediate N] [--runs N]
 *   java -Xmx2g -jar bench/target/scorecard-bench.jar reasons [--cases N] [--basic N] [--intermediate N] [--runs N]
 *   java -Xmx2g -jar bench/target/scorecard-bench.jar import [--cases N] [--runs N] [--db JDBC_URL --db-user U --db-password P]
 *        [--app-jar app/target/scorecard.jar]
 * </pre>
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.out.println("       reasons [--cases N] [--basic N] [--intermediate N] [--seed S] [--runs N]");
            System.out.println("usage: evaluate [--cases N] [--basic N] [--intermediate N] [--seed S] [--runs N]");
            System.out.println("       demo-data --out DIR [--cases N] [--basic N] [--intermediate N] [--seed S]");
            System.out.println("       e2e --data DIR [--year Y] [--runs N]   (files → results, scorecard against DuckDB read_csv)");
            System.out.println("       e2e --data DIR --launcher ./scorecard [--java-opts -Xmx2g] [--year Y] [--runs N]   (the product's command in a new JVM each run, against DuckDB read_csv)");
            System.out.println("       memory --data DIR [--year Y] [--runs N]   (heap per case live, peaks while reading and evaluating)");
            System.out.println("       parquet-read --dir DIR [--runs N]   (DuckDB queries on scorecard snapshot export's files)");
            System.out.println("       staff [--cases N] [--basic N] [--intermediate N] [--seed S] [--runs N]");
            System.out.println("       planner [--cases N] [--basic N] [--intermediate N] [--seed S] [--runs N]   (提分计划 and a 10-action what-if)");
            System.out.println("       load [--url http://localhost:8080] [--user U --password P] [--users 50] [--seconds 30] [--court CODE] [--think-ms 1000] [--pages ranking,court,records,warnings]");
            System.out.println("       pdf [--url http://localhost:8080] [--user U --password P] [--courts A,B] [--repeat 3]   (each court's report PDF cold, then cached)");
            System.out.println("       import [--cases N] [--runs N] [--db JDBC_URL --db-user U --db-password P] [--app-jar JAR]");
            System.out.println("       restart --dir DIR [--app-jar app/target/scorecard.jar] [--port 18091] [--runs 3] [--heap 4g] [--launcher ./scorecard] [--java-opts OPTS]   (serve in DIR until the ranking answers)");
            return;
        }
        if (args[0].equals("demo-data")) {
            DemoDataWriter.run(Options.parse(rest(args, "--out")), java.nio.file.Path.of(arg(args, "--out", "bench-data")));
            return;
        }
        if (args[0].equals("e2e") && !arg(args, "--launcher", "").isEmpty()) {
            CommandBench.run(java.nio.file.Path.of(arg(args, "--launcher", "")), java.nio.file.Path.of(arg(args, "--data", "bench-data")),
                    EndToEndBench.year(Integer.parseInt(arg(args, "--year", "0")), Options.parse(new String[0]).seed()),
                    Integer.parseInt(arg(args, "--runs", "3")), arg(args, "--java-opts", "-Xmx2g"));
            return;
        }
        if (args[0].equals("e2e")) {
            EndToEndBench.run(Options.parse(rest(args, "--data", "--year")),
                    java.nio.file.Path.of(arg(args, "--data", "bench-data")), Integer.parseInt(arg(args, "--year", "0")));
            return;
        }
        if (args[0].equals("memory")) { // heap per case of a province read from the files, and the peaks
            MemoryBench.run(java.nio.file.Path.of(arg(args, "--data", "bench-data")), Integer.parseInt(arg(args, "--runs", "3")),
                    Integer.parseInt(arg(args, "--year", "0")));
            return;
        }
        if (args[0].equals("read")) { // the data directory read alone, for profiling the reader
            java.nio.file.Path dir = java.nio.file.Path.of(arg(args, "--data", "bench-data"));
            for (int i = 0; i < Integer.parseInt(arg(args, "--runs", "3")); i++) {
                long t0 = System.nanoTime();
                int n = cn.scorecard.core.io.DataDirectoryReader.read(dir).cases().size();
                System.out.printf("read %d cases in %.0f ms (fast reader missed: %s)%n", n, (System.nanoTime() - t0) / 1e6,
                        cn.scorecard.core.io.DataDirectoryReader.lastFastReadMiss());
            }
            return;
        }
        if (args[0].equals("parquet-read")) {
            ParquetReadBench.run(java.nio.file.Path.of(arg(args, "--dir", "out")), Integer.parseInt(arg(args, "--runs", "3")));
            return;
        }
        if (args[0].equals("restart")) {
            RestartBench.run(arg(args, "--app-jar", "app/target/scorecard.jar"), java.nio.file.Path.of(arg(args, "--dir", ".")),
                    Integer.parseInt(arg(args, "--port", "18091")), Integer.parseInt(arg(args, "--runs", "3")),
                    arg(args, "--heap", "4g"), arg(args, "--user", "assessor"), arg(args, "--password", "demo2026"),
                    arg(args, "--launcher", ""), arg(args, "--java-opts", ""));
            return;
        }
        if (args[0].equals("import")) {
            ImportBench.run(ImportBench.Options.parse(Arrays.copyOfRange(args, 1, args.length)));
            return;
        }
        Options o = args[0].equals("load") || args[0].equals("pdf") ? null : Options.parse(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "reasons" -> ReasonBench.run(o);
            case "evaluate" -> EvaluationBench.run(o);
            case "staff" -> StaffBench.run(o);
            case "planner" -> PlannerBench.run(o);
            case "load" -> LoadBench.run(arg(args, "--url", "http://localhost:8080"), arg(args, "--user", "assessor"),
                    arg(args, "--password", "demo2026"), Integer.parseInt(arg(args, "--users", "50")),
                    Integer.parseInt(arg(args, "--seconds", "30")), arg(args, "--court", "江0102"),
                    Integer.parseInt(arg(args, "--think-ms", "1000")), arg(args, "--pages", "ranking,court,records,warnings"));
            case "pdf" -> ReportPdfBench.run(arg(args, "--url", "http://localhost:8080"), arg(args, "--user", "assessor"),
                    arg(args, "--password", "demo2026"), arg(args, "--courts", "江0102,江0103,江0104"),
                    Integer.parseInt(arg(args, "--repeat", "3")));
            default -> throw new IllegalArgumentException("unknown benchmark " + args[0]);
        }
    }

    /** The arguments after the benchmark's name, without the named options and their values. */
    private static String[] rest(String[] args, String... names) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (Arrays.asList(names).contains(args[i]) && i + 1 < args.length) i++;
            else out.add(args[i]);
        }
        return out.toArray(String[]::new);
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 1; i + 1 < args.length; i++) {
            if (args[i].equals(name)) return args[i + 1];
        }
        return fallback;
    }

    /** Command-line options shared by the benchmarks. */
    record Options(int cases, int basic, int intermediate, long seed, int runs) {
        static Options parse(String[] args) {
            int cases = 1_430_000, basic = 120, intermediate = 12, runs = 7;
            long seed = 20261123L;
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--cases" -> cases = Integer.parseInt(args[i + 1]);
                    case "--basic" -> basic = Integer.parseInt(args[i + 1]);
                    case "--intermediate" -> intermediate = Integer.parseInt(args[i + 1]);
                    case "--seed" -> seed = Long.parseLong(args[i + 1]);
                    case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(cases, basic, intermediate, seed, runs);
        }
    }
}
