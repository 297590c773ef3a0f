package cn.scorecard.app.periods;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What changed between two stored versions: each court's total, and every indicator whose score moved. */
public record RunDiff(List<CourtChange> courts, List<IndicatorChange> indicators) {
    private static final double EPSILON = 0.005;

    public record CourtChange(String code, String name, Double before, Double after) {
        public Double delta() {
            return before == null || after == null ? null : after - before;
        }
    }

    public record IndicatorChange(String court, String courtName, String code, String name, Double before, Double after) {
        public double size() {
            return Math.abs((after == null ? 0 : after) - (before == null ? 0 : before));
        }
    }

    /** One indicator that moved: at how many courts, and the largest move (score points). */
    public record ChangedIndicator(String code, String name, int courts, double largest) {
    }

    /** The indicators that changed, each once, most courts first (the review's summary beside the totals). */
    public List<ChangedIndicator> changedIndicators() {
        Map<String, ChangedIndicator> byCode = new LinkedHashMap<>();
        for (IndicatorChange c : indicators) {
            byCode.merge(c.code(), new ChangedIndicator(c.code(), c.name(), 1, c.size()), (a, b) ->
                    new ChangedIndicator(a.code(), a.name(), a.courts() + 1, Math.max(a.largest(), b.largest())));
        }
        List<ChangedIndicator> out = new ArrayList<>(byCode.values());
        out.sort(Comparator.comparingInt(ChangedIndicator::courts).reversed().thenComparing(ChangedIndicator::code));
        return out;
    }

    /** A run's courts (code → name and total) and scores (court|code → name and score). */
    public record Snapshot(Map<String, String[]> courts, Map<String, Object[]> scores) {
        static Snapshot parse(String json) {
            try {
                JsonNode root = new ObjectMapper().readTree(json);
                Map<String, String[]> courts = new LinkedHashMap<>();
                Map<String, Object[]> scores = new LinkedHashMap<>();
                for (JsonNode c : root.path("courts")) {
                    String code = c.path("code").asText();
                    courts.put(code, new String[] {c.path("name").asText(), c.path("total").isNull() ? null : c.path("total").asText()});
                    collect(code, c.path("nodes"), scores);
                }
                return new Snapshot(courts, scores);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void collect(String court, JsonNode nodes, Map<String, Object[]> out) {
            for (JsonNode n : nodes) {
                Double score = n.path("score").isNull() ? null : n.path("score").asDouble();
                out.put(court + "|" + n.path("code").asText(), new Object[] {n.path("name").asText(), score});
                collect(court, n.path("children"), out);
            }
        }
    }

    static RunDiff between(String beforeJson, String afterJson) {
        Snapshot before = Snapshot.parse(beforeJson);
        Snapshot after = Snapshot.parse(afterJson);
        List<CourtChange> courts = new ArrayList<>();
        after.courts().forEach((code, v) -> {
            String[] b = before.courts().get(code);
            courts.add(new CourtChange(code, v[0], b == null || b[1] == null ? null : Double.valueOf(b[1]),
                    v[1] == null ? null : Double.valueOf(v[1])));
        });
        List<IndicatorChange> indicators = new ArrayList<>();
        after.scores().forEach((key, v) -> {
            Object[] b = before.scores().get(key);
            Double was = b == null ? null : (Double) b[1];
            Double now = (Double) v[1];
            boolean changed = was == null ? now != null : now == null || Math.abs(now - was) > EPSILON;
            if (changed) {
                String court = key.substring(0, key.indexOf('|'));
                indicators.add(new IndicatorChange(court, after.courts().get(court)[0], key.substring(key.indexOf('|') + 1),
                        (String) v[0], was, now));
            }
        });
        indicators.sort(Comparator.comparingDouble(IndicatorChange::size).reversed());
        return new RunDiff(courts, indicators.size() > 300 ? indicators.subList(0, 300) : indicators);
    }
}
