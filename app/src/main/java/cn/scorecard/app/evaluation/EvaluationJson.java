package cn.scorecard.app.evaluation;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.court.Courts;
import cn.scorecard.core.evaluation.CoreIndicators;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.EvaluationResult;
import cn.scorecard.core.evaluation.NodeResult;
import cn.scorecard.core.metric.RecordKind;
import cn.scorecard.core.metric.RecordSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An evaluation as plain maps for JSON; with {@code explain} the case numbers behind each value, with {@code core}
 * each court's core targets (a stored result version keeps them, so its page shows them as they were published).
 */
public final class EvaluationJson {
    private final Courts courts;
    private final CaseTable cases;
    private final boolean explain;
    private final Function<String, List<CoreIndicators.CoreValue>> core;

    public EvaluationJson(Courts courts, CaseTable cases, boolean explain) {
        this(courts, cases, explain, null);
    }

    public EvaluationJson(Courts courts, CaseTable cases, boolean explain,
                          Function<String, List<CoreIndicators.CoreValue>> core) {
        this.courts = courts;
        this.cases = cases;
        this.explain = explain;
        this.core = core;
    }

    public Map<String, Object> of(EvaluationResult result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("year", result.period().year());
        root.put("periodStart", result.period().start().toString());
        root.put("periodEnd", result.period().end().toString());
        root.put("catalogVersion", result.catalogVersion());
        root.put("courts", result.courts().stream().map(this::court).toList());
        return root;
    }

    public Map<String, Object> court(CourtResult c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", c.court().code());
        m.put("name", c.court().name());
        m.put("level", c.court().level().name());
        m.put("parent", c.court().parentCode());
        m.put("total", c.total());
        m.put("nodes", c.areas().stream().map(this::node).toList());
        if (core != null) m.put("core", core.apply(c.court().code()).stream().map(EvaluationJson::core).toList());
        return m;
    }

    private static Map<String, Object> core(CoreIndicators.CoreValue v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", v.label());
        m.put("target", v.target());
        m.put("value", v.value());
        return m;
    }

    private Map<String, Object> node(NodeResult n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", n.code());
        m.put("name", n.node().name());
        m.put("weight", n.node().weight());
        m.put("effectiveWeight", n.effectiveWeight());
        m.put("applicable", n.applicable());
        m.put("value", n.value());
        m.put("numerator", n.numerator());
        m.put("denominator", n.denominator());
        m.put("score", n.score());
        if (n.explanation() != null) m.put("formula", n.explanation().formula());
        if (n.note() != null) m.put("note", n.note());
        if (explain && n.explanation() != null) {
            m.put("numeratorRecords", records(n.explanation().numeratorRecords()));
            m.put("denominatorRecords", records(n.explanation().denominatorRecords()));
        }
        m.put("children", n.children().stream().map(this::node).toList());
        return m;
    }

    private Map<String, Object> records(RecordSet set) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", set.kind().name());
        List<Object> ids = set.indexes().limit(10_000).mapToObj(i -> label(set.kind(), i)).toList();
        m.put("ids", ids);
        m.put("count", set.size());
        return m;
    }

    private Object label(RecordKind kind, int index) {
        return switch (kind) {
            case CASE -> cases.number(index);
            case COURT -> courts.get(index).code();
            default -> index;
        };
    }
}
