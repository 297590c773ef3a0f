package cn.scorecard.app.evaluation;

import cn.scorecard.app.platform.runs.ResultRun;
import cn.scorecard.app.platform.runs.ResultRuns;
import cn.scorecard.app.platform.runs.RunKind;
import cn.scorecard.app.platform.runs.RunPeriod;
import cn.scorecard.core.catalog.Catalog;
import cn.scorecard.core.catalog.IndicatorNode;
import cn.scorecard.core.court.Court;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.court.Courts;
import cn.scorecard.core.evaluation.CoreIndicators.CoreValue;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.EvaluationResult;
import cn.scorecard.core.evaluation.NodeResult;
import cn.scorecard.core.metric.MetricValue;
import cn.scorecard.core.metric.Period;
import cn.scorecard.core.metric.RecordKind;
import cn.scorecard.core.metric.RecordSet;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The published evaluation versions read back as results the pages can show: the stored JSON of a run (totals,
 * every node's value, numerator, denominator, score and note, the core targets) on the catalog version it was
 * computed with. A published run never changes, so each is parsed once (bounded cache). The records behind a value
 * are not stored: a published result has the counts, and its lists are the live ones.
 */
@Component
public class PublishedResults {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ResultRuns runs;
    private final EvaluationService service;
    private final Map<Long, Published> parsed = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Published> eldest) {
            return size() > 8;
        }
    });

    PublishedResults(ResultRuns runs, EvaluationService service) {
        this.runs = runs;
        this.service = service;
    }

    /** A published version: the run (without its JSON), the results and each court's core targets (null if not stored). */
    public record Published(ResultRun run, EvaluationResult result, Map<String, List<CoreValue>> core) {
    }

    /** The newest published version of exactly this period, if any (a list query; the JSON only on a cache miss). */
    public Optional<ResultRun> latestRun(Period period) {
        return runs.versions(RunKind.EVALUATION, "", new RunPeriod(period.start(), period.end())).stream()
                .filter(ResultRun::isPublished).findFirst();
    }

    public Optional<Published> latest(Period period) {
        return latestRun(period).map(this::published);
    }

    Published published(ResultRun listed) {
        return parsed.computeIfAbsent(listed.id(), id -> parse(runs.get(id, RunKind.EVALUATION).orElseThrow()));
    }

    Published parse(ResultRun run) {
        JsonNode root;
        try {
            root = JSON.readTree(run.json());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Courts now = service.data().courts();
        List<CourtResult> courts = new ArrayList<>();
        Map<String, List<CoreValue>> core = new LinkedHashMap<>();
        for (JsonNode c : root.path("courts")) {
            String code = c.path("code").asText();
            int index = now.indexOf(code);
            CourtLevel level = CourtLevel.valueOf(c.path("level").asText());
            Court court = index >= 0 ? now.get(index)
                    : new Court(code, c.path("name").asText(), level, text(c.path("parent")), false, false);
            Catalog catalog = service.catalog(run.rulesVersion(), level);
            List<NodeResult> areas = new ArrayList<>();
            for (JsonNode n : c.path("nodes")) {
                NodeResult area = node(catalog, n);
                if (area != null) areas.add(area);
            }
            courts.add(new CourtResult(index, court, number(c.path("total")), areas));
            if (c.has("core")) core.put(code, coreValues(c.path("core")));
        }
        ResultRun withoutJson = new ResultRun(run.id(), run.kind(), run.scope(), run.period(), run.rulesVersion(),
                run.fingerprint(), run.status(), run.versionNo(), run.createdAt(), run.createdBy(), run.publishedAt(),
                run.publishedBy(), run.supersededBy(), run.note(), "");
        return new Published(withoutJson, new EvaluationResult(new Period(run.periodStart(), run.periodEnd()),
                run.rulesVersion(), courts), core.isEmpty() ? null : core);
    }

    /** A stored node on its catalog node; a node the catalog no longer has is left out. */
    private static NodeResult node(Catalog catalog, JsonNode n) {
        IndicatorNode definition = catalog.find(n.path("code").asText());
        if (definition == null) return null;
        List<NodeResult> children = new ArrayList<>();
        for (JsonNode c : n.path("children")) {
            NodeResult child = node(catalog, c);
            if (child != null) children.add(child);
        }
        MetricValue counts = null;
        if (n.has("formula") || n.hasNonNull("numerator")) {
            RecordSet none = RecordSet.empty(RecordKind.CASE); // the records are not stored with a version
            counts = new MetricValue(number(n.path("value")), orZero(n.path("numerator")), orZero(n.path("denominator")),
                    none, none, text(n.path("formula")));
        }
        return new NodeResult(definition, n.path("effectiveWeight").asDouble(), n.path("applicable").asBoolean(true),
                number(n.path("value")), number(n.path("score")), counts, text(n.path("note")), children);
    }

    private static List<CoreValue> coreValues(JsonNode list) {
        List<CoreValue> out = new ArrayList<>();
        for (JsonNode v : list) {
            out.add(new CoreValue(v.path("label").asText(), v.path("target").asDouble(), number(v.path("value")), null));
        }
        return out;
    }

    private static Double number(JsonNode n) {
        return n.isNumber() ? n.asDouble() : null;
    }

    private static double orZero(JsonNode n) {
        return n.isNumber() ? n.asDouble() : 0;
    }

    private static String text(JsonNode n) {
        return n.isTextual() ? n.asText() : null;
    }
}
