package cn.scorecard.app.cli;

import cn.scorecard.app.web.Messages;
import cn.scorecard.core.catalog.Catalog;
import cn.scorecard.core.catalog.IndicatorNode;
import cn.scorecard.core.catalog.Scoring;
import cn.scorecard.core.catalog.ScoringRule;
import cn.scorecard.core.metric.MetricRegistry;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The catalog as plain maps for JSON, and as an indented text tree. */
final class CatalogJson {
    private CatalogJson() {
    }

    static Map<String, Object> of(Catalog catalog, MetricRegistry registry) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", catalog.version());
        root.put("level", catalog.level().name());
        root.put("title", catalog.title());
        root.put("children", catalog.areas().stream().map(n -> node(n, registry)).toList());
        return root;
    }

    static Map<String, Object> node(IndicatorNode n, MetricRegistry registry) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", n.code());
        m.put("name", n.name());
        m.put("weight", n.weight());
        m.put("kind", n.kind().name());
        m.put("requirement", n.requirement());
        Scoring s = n.scoring();
        m.put("rule", s.rule().name());
        if (s.rule() == ScoringRule.TARGET || s.rule() == ScoringRule.MIN_YEARS_TARGET) m.put("target", s.target());
        if (s.rule() == ScoringRule.FREQUENCY) m.put("required", s.required());
        if (s.rule() == ScoringRule.PEER) m.put("direction", s.higherIsBetter() ? "higher" : "lower");
        if (s.rule() == ScoringRule.MIN_YEARS_TARGET) m.put("years", s.years());
        if (s.noCasesFullMarks()) m.put("noCasesFullMarks", true);
        if (s.evidenceFallback()) m.put("evidenceFallback", true);
        if (n.metric() != null) {
            m.put("metric", n.metric());
            m.put("formula", registry.get(n.metric()).definition());
        }
        m.put("applies", n.applicability().name());
        m.put("children", n.children().stream().map(c -> node(c, registry)).toList());
        return m;
    }

    static void printText(Catalog catalog, PrintStream out) {
        out.println(Messages.text("cli.catalog.title", catalog.title(), catalog.version()));
        print(catalog.areas(), "", out);
    }

    private static void print(List<IndicatorNode> nodes, String indent, PrintStream out) {
        for (IndicatorNode n : nodes) {
            out.printf("%s%s %s（%s%%）%s%n", indent, n.code(), n.name(), fmt(n.weight()),
                    n.isLeaf() ? " [" + n.kind() + "/" + n.scoring().rule() + "]" : "");
            print(n.children(), indent + "  ", out);
        }
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
