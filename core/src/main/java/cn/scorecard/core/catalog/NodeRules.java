package cn.scorecard.core.catalog;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The checks that concern one node on its own: a group has children and no scoring keys; a leaf has a kind and a
 * rule consistent with it, exactly the parameters its rule uses, and a metric known to the engine where one is read.
 */
final class NodeRules {
    private static final List<String> PARAMETER_KEYS =
            List.of("metric", "target", "required", "direction", "years", "noCasesFullMarks", "evidenceFallback");

    private final String file;
    private final Set<String> knownMetrics;

    NodeRules(String file, Set<String> knownMetrics) {
        if (knownMetrics == null) throw new IllegalArgumentException("knownMetrics 为空");
        this.file = file;
        this.knownMetrics = knownMetrics;
    }

    /** The rules a leaf of each kind may use. */
    static Set<ScoringRule> rulesFor(IndicatorKind kind) {
        return switch (kind) {
            case GROUP -> EnumSet.of(ScoringRule.WEIGHTED);
            case COMPUTED -> EnumSet.of(ScoringRule.TARGET, ScoringRule.SHARE, ScoringRule.PEER,
                    ScoringRule.MIN_YEARS_TARGET);
            case EVIDENCE -> EnumSet.of(ScoringRule.MET);
            case FREQUENCY -> EnumSet.of(ScoringRule.FREQUENCY);
            case MUST_BE_ZERO -> EnumSet.of(ScoringRule.ZERO);
            case SUBORDINATE_MEAN -> EnumSet.of(ScoringRule.SUBORDINATE_MEAN);
        };
    }

    IndicatorNode build(String code, String name, Map<String, Object> raw, List<IndicatorNode> children,
                        CatalogYamlReader r) {
        Double weight = r.number(raw, "weight", code);
        if (weight == null) throw fail(code, "缺少 weight");
        if (!(weight > 0) || weight > 100) throw fail(code, "weight 应在 (0, 100] 内: " + weight);
        String requirement = r.scalar(raw, "requirement", code, false);
        r.scalar(raw, "definition", code, false);
        r.scalar(raw, "note", code, false);
        Applicability applies = parse(Applicability.class, r.scalar(raw, "applies", code, false), code, "applies");
        IndicatorKind kind = parse(IndicatorKind.class, r.scalar(raw, "kind", code, false), code, "kind");
        ScoringRule rule = parse(ScoringRule.class, r.scalar(raw, "rule", code, false), code, "rule");

        if (!children.isEmpty()) {
            if (kind != null && kind != IndicatorKind.GROUP) {
                throw fail(code, "有 children 的指标是 GROUP（按权重合成），不能是 " + kind);
            }
            if (rule != null && rule != ScoringRule.WEIGHTED) {
                throw fail(code, "有 children 的指标按 WEIGHTED 计分，不能是 " + rule);
            }
            for (String key : PARAMETER_KEYS) {
                if (raw.containsKey(key)) throw fail(code, "有 children 的指标不能有 " + key);
            }
            return new IndicatorNode(code, name, weight, IndicatorKind.GROUP, requirement, null,
                    Scoring.weighted(), applies, children);
        }
        if (kind == null) throw fail(code, "叶子指标缺少 kind");
        if (kind == IndicatorKind.GROUP) throw fail(code, "GROUP 指标必须有 children");
        if (rule == null) throw fail(code, "叶子指标缺少 rule");
        if (!rulesFor(kind).contains(rule)) {
            throw fail(code, kind + " 指标的 rule 应为 " + rulesFor(kind) + " 之一，而不是 " + rule);
        }
        String metric = metric(code, kind, r.scalar(raw, "metric", code, false));

        Double target = r.number(raw, "target", code);
        Double required = r.number(raw, "required", code);
        Double years = r.number(raw, "years", code);
        String direction = r.scalar(raw, "direction", code, false);
        Object noCases = raw.get("noCasesFullMarks");
        boolean usesTarget = rule == ScoringRule.TARGET || rule == ScoringRule.MIN_YEARS_TARGET;
        expect(code, "target", target != null, usesTarget, rule);
        expect(code, "required", required != null, rule == ScoringRule.FREQUENCY, rule);
        expect(code, "years", years != null, rule == ScoringRule.MIN_YEARS_TARGET, rule);
        expect(code, "direction", direction != null, rule == ScoringRule.PEER, rule);
        if (target != null && !(target > 0 && target <= 1)) {
            throw fail(code, "target 是比例，应满足 0 < target ≤ 1（90% 写 0.9）: " + target);
        }
        if (required != null && !(required > 0)) throw fail(code, "required 应大于 0: " + required);
        if (years != null && (years < 1 || years != Math.rint(years))) {
            throw fail(code, "years 应为正整数: " + years);
        }
        if (direction != null && !direction.equals("higher") && !direction.equals("lower")) {
            throw fail(code, "direction 应为 higher 或 lower: " + direction);
        }
        if (noCases != null && !(noCases instanceof Boolean)) {
            throw fail(code, "noCasesFullMarks 应为 true 或 false: " + noCases);
        }
        if (noCases != null && kind != IndicatorKind.COMPUTED) {
            throw fail(code, "noCasesFullMarks 只用于 COMPUTED 指标");
        }
        Object fallback = raw.get("evidenceFallback");
        if (fallback != null && !(fallback instanceof Boolean)) {
            throw fail(code, "evidenceFallback 应为 true 或 false: " + fallback);
        }
        if (Boolean.TRUE.equals(fallback) && metric == null) {
            throw fail(code, "evidenceFallback 只用于读取 metric 的指标（无数据时按佐证材料评定）");
        }
        if (Boolean.TRUE.equals(fallback) && Boolean.TRUE.equals(noCases)) {
            throw fail(code, "evidenceFallback 与 noCasesFullMarks 不能同时使用（无数据时只能有一种读法）");
        }
        Scoring scoring = new Scoring(rule, target == null ? 0 : target, required == null ? 0 : required,
                !"lower".equals(direction), years == null ? 0 : years.intValue(), Boolean.TRUE.equals(noCases),
                Boolean.TRUE.equals(fallback));
        return new IndicatorNode(code, name, weight, kind, requirement, metric, scoring, applies, List.of());
    }

    private String metric(String code, IndicatorKind kind, String metric) {
        if (metric == null) {
            if (kind == IndicatorKind.COMPUTED) throw fail(code, "COMPUTED 指标缺少 metric");
            return null;
        }
        if (kind == IndicatorKind.EVIDENCE || kind == IndicatorKind.SUBORDINATE_MEAN) {
            throw fail(code, kind + " 指标不读取 metric，却写了 metric: " + metric);
        }
        if (!knownMetrics.contains(metric)) throw fail(code, "未知的 metric: " + metric);
        return metric;
    }

    private void expect(String code, String key, boolean present, boolean used, ScoringRule rule) {
        if (used && !present) throw fail(code, "rule " + rule + " 需要 " + key);
        if (!used && present) throw fail(code, "rule " + rule + " 不使用 " + key);
    }

    private <E extends Enum<E>> E parse(Class<E> type, String text, String code, String key) {
        if (text == null) return null;
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fail(code, key + " 的值未知: " + text + "（可选: " + EnumSet.allOf(type) + "）");
        }
    }

    private CatalogValidationException fail(String code, String problem) {
        return new CatalogValidationException(file, code, problem);
    }
}
