package cn.scorecard.bench;

import cn.scorecard.core.catalog.CatalogSet;
import cn.scorecard.core.catalog.IndicatorNode;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.metric.MetricRegistry;
import cn.scorecard.core.metric.Period;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code e2e --launcher ./scorecard}: what a user waits for on both sides, in the same run. The product's command
 * ({@code scorecard evaluate --data DIR --no-snapshot}, a new JVM through the launcher, every indicator of the three
 * levels, the JSON written) against DuckDB reading the same files with read_csv and computing the five rates
 * ({@link DuckDbFiles}, a fresh database each run, in this JVM: DuckDB's process start is not counted, the scorecard's
 * is). The five rates in the product's JSON are compared with DuckDB's.
 */
final class CommandBench {
    private CommandBench() {
    }

    static void run(Path launcher, Path dir, int year, int runs, String javaOpts) throws Exception {
        Period period = Period.year(year);
        Map<String, Integer> rateOfNode = rateNodes();
        Path out = Files.createTempFile("scorecard-e2e", ".json");
        Path err = Files.createTempFile("scorecard-e2e", ".err");
        command(launcher, javaOpts, err, out, "--version"); // builds and unpacks the jar if needed, outside the timing
        System.out.printf("data %s, year %d, %d run(s), %s with SCORECARD_JAVA_OPTS=\"%s\", %d processors%n", dir, year,
                runs, launcher, javaOpts, Runtime.getRuntime().availableProcessors());
        double[] oursMs = new double[runs];
        double[] duckMs = new double[runs];
        for (int run = 0; run < runs; run++) {
            long t0 = System.nanoTime();
            command(launcher, javaOpts, err, out, "evaluate", "--data", dir.toString(), "--year", String.valueOf(year),
                    "--no-snapshot");
            oursMs[run] = (System.nanoTime() - t0) / 1e6;
            Map<String, Double[]> ours = rates(out, rateOfNode);

            long d0 = System.nanoTime();
            Map<String, double[]> duck;
            try (DuckDbFiles files = new DuckDbFiles()) {
                duck = files.fiveRatesByCourt(dir, period);
            }
            duckMs[run] = (System.nanoTime() - d0) / 1e6;
            int[] compared = {0};
            int bad = compare(ours, duck, compared);
            System.out.printf("run %d: scorecard evaluate %.0f ms (%d MB of JSON); DuckDB read_csv + SQL %.0f ms; ratio"
                            + " DuckDB/scorecard %.2f; %s%n", run + 1, oursMs[run], Files.size(out) >> 20, duckMs[run],
                    duckMs[run] / oursMs[run], bad == 0 ? compared[0] + " rates agree" : "MISMATCH: " + bad + " values differ");
            if (bad != 0 || compared[0] == 0) System.exit(1);
        }
        Arrays.sort(oursMs);
        Arrays.sort(duckMs);
        System.out.printf("end to end, the product's command: scorecard %.0f–%.0f ms, DuckDB %.0f–%.0f ms over %d runs%n",
                oursMs[0], oursMs[runs - 1], duckMs[0], duckMs[runs - 1], runs);
        Files.delete(out);
        Files.delete(err);
    }

    private static void command(Path launcher, String javaOpts, Path err, Path out, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(launcher.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("SCORECARD_JAVA_OPTS", javaOpts);
        int exit = pb.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " exited with " + exit + ": " + Files.readString(err));
        }
    }

    /** "LEVEL code" of every indicator computed by one of the five rates → its index in {@link FiveRates#IDS}. */
    static Map<String, Integer> rateNodes() {
        MetricRegistry registry = MetricRegistry.bundled();
        CatalogSet set = CatalogSet.bundled(registry.ids());
        Map<String, Integer> out = new HashMap<>();
        for (CourtLevel level : CourtLevel.values()) {
            for (IndicatorNode n : set.latest(level).allNodes()) {
                int rate = n.metric() == null ? -1 : FiveRates.IDS.indexOf(n.metric());
                if (rate >= 0) out.put(level.name() + " " + n.code(), rate);
            }
        }
        return out;
    }

    /** The five rates of every court as the product's JSON shows them: null where not shown, NaN where empty. */
    static Map<String, Double[]> rates(Path json, Map<String, Integer> rateOfNode) throws Exception {
        Map<String, Double[]> out = new HashMap<>();
        for (JsonNode court : new ObjectMapper().readTree(json.toFile()).get("courts")) {
            Double[] rates = new Double[FiveRates.IDS.size()];
            collect(court.get("nodes"), court.get("level").asText(), rateOfNode, rates);
            out.put(court.get("code").asText(), rates);
        }
        return out;
    }

    private static void collect(JsonNode nodes, String level, Map<String, Integer> rateOfNode, Double[] rates) {
        for (JsonNode n : nodes) {
            Integer rate = rateOfNode.get(level + " " + n.get("code").asText());
            if (rate != null) rates[rate] = n.hasNonNull("value") ? n.get("value").asDouble() : Double.NaN;
            collect(n.get("children"), level, rateOfNode, rates);
        }
    }

    /** Every rate the product shows must equal DuckDB's (1e-9; empty where DuckDB's is NULL); counts those compared. */
    static int compare(Map<String, Double[]> ours, Map<String, double[]> duck, int[] compared) {
        int bad = 0;
        for (Map.Entry<String, Double[]> e : ours.entrySet()) {
            double[] d = duck.get(e.getKey());
            for (int i = 0; i < e.getValue().length; i++) {
                Double v = e.getValue()[i];
                if (v == null) continue;
                compared[0]++;
                double theirs = d == null ? Double.NaN : d[i];
                boolean same = v.isNaN() ? Double.isNaN(theirs) : Math.abs(v - theirs) <= 1e-9;
                if (!same) {
                    if (bad < 10) System.out.printf("  court %s %s: scorecard %s, DuckDB %s%n", e.getKey(),
                            FiveRates.IDS.get(i), v, d == null ? "none" : theirs);
                    bad++;
                }
            }
        }
        return bad;
    }
}
