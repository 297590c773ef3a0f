package cn.scorecard.core.catalog;

import cn.scorecard.core.metric.Metric;
import cn.scorecard.core.metric.MetricDefinition;
import cn.scorecard.core.metric.MetricRegistry;
import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.deadline.DeadlineRule;
import cn.scorecard.core.deadline.DeadlineRules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Generates docs/indicators.md from the bundled catalogs and the metrics' declarations (rules/metrics.yaml). */
final class IndicatorsDoc {
    static final String VERSION = "2019";

    private IndicatorsDoc() {
    }

    /** The raw YAML of a bundled file by code, for the keys the Java model does not carry (note, definition). */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> rawNodes(CourtLevel level) throws IOException {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(CatalogLoaderTest.bundledText(level));
        Map<String, Map<String, Object>> out = new HashMap<>();
        collect((List<Map<String, Object>>) root.get("areas"), out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void collect(List<Map<String, Object>> nodes, Map<String, Map<String, Object>> out) {
        if (nodes == null) return;
        for (Map<String, Object> n : nodes) {
            out.put(n.get("code").toString(), n);
            collect((List<Map<String, Object>>) n.get("children"), out);
        }
    }

    static String generate() throws IOException {
        StringBuilder md = new StringBuilder(DocText.INTRO);
        Map<String, List<String>> usedBy = new LinkedHashMap<>();
        for (CourtLevel level : CourtLevel.values()) {
            Catalog catalog = CatalogLoader.loadResource(VERSION, level, KnownMetrics.ALL);
            Map<String, Map<String, Object>> raw = rawNodes(level);
            md.append("\n## ").append(level.label()).append("人民法院 (").append(level.name()).append(")\n\n");
            md.append("`core/src/main/resources/catalog/").append(VERSION).append('/')
                    .append(CatalogLoader.fileName(level)).append("` — ").append(catalog.title()).append(".\n");
            for (IndicatorNode area : catalog.areas()) {
                md.append("\n### ").append(area.code()).append(' ').append(area.name())
                        .append("（").append(pct(area.weight())).append("）\n\n");
                if (area.isLeaf()) {
                    md.append("Kind ").append(area.kind()).append(", rule ").append(rule(area)).append(". ")
                            .append(text(raw.get(area.code()).get("note"))).append(" Data: ").append(data(area))
                            .append(".\n");
                    continue;
                }
                md.append("| 代码 | 指标（种子原文） | 权重 | 类型 | 指标值 | 计分 | 所需数据 |\n");
                md.append("|---|---|---|---|---|---|---|\n");
                for (IndicatorNode n : area.children()) rows(md, n, raw, usedBy);
            }
        }
        md.append(DocText.METRICS_HEADER);
        for (Metric m : MetricRegistry.bundled().all()) {
            MetricDefinition d = m.declaration();
            List<String> codes = usedBy.getOrDefault(d.id(), List.of());
            String records = d.records() == d.denominatorRecords() || d.isCount() ? d.records().label()
                    : d.records().label() + " / " + d.denominatorRecords().label();
            md.append("| `").append(d.id()).append("` | ").append(cell(d.name())).append(" | ").append(cell(d.definition()))
                    .append(" | ").append(records).append(" | ").append(d.higherIsBetter() ? "higher" : "lower")
                    .append(" | ").append(cell(String.join("; ", d.reads()))).append(" | ")
                    .append(codes.isEmpty() ? "core targets" : String.join(", ", codes)).append(" |\n");
        }
        keyNodes(md, DeadlineRules.bundled());
        return md.toString();
    }

    /** The key nodes of the bundled deadline rules, so that the list cannot drift from the rules file. */
    private static void keyNodes(StringBuilder md, DeadlineRules rules) {
        md.append(DocText.KEY_NODES_HEADER);
        for (DeadlineRule r : rules.keyNodes()) {
            String types = r.caseTypes().stream().sorted().map(CaseType::code).collect(Collectors.joining(", "));
            String start = r.startsAtFiling() ? "立案" : r.start().label();
            String end = r.end().stream().map(StepType::label).collect(Collectors.joining(", "));
            if (r.exemptFlag() != null) types += " (exempt: `" + r.exemptFlag() + "`)";
            md.append("| `").append(r.id()).append("` | ").append(cell(r.name())).append(" | ").append(types)
                    .append(" | ").append(start).append(" | ").append(end).append(" | ").append(r.within().label())
                    .append(" |\n");
        }
        md.append("| `payment_release` | ").append(cell(rules.paymentReleaseName()))
                .append(" | each 执行款 | 到账 (具备发放条件) | 发放 | ").append(rules.paymentRelease().label()).append(" |\n");
    }

    private static void rows(StringBuilder md, IndicatorNode n, Map<String, Map<String, Object>> raw,
                             Map<String, List<String>> usedBy) {
        Map<String, Object> r = raw.get(n.code());
        StringBuilder wording = new StringBuilder();
        boolean level2 = n.code().chars().filter(c -> c == '.').count() == 1;
        wording.append(level2 ? "**" + n.name() + "**" : n.name());
        if (r.get("definition") != null) wording.append("：").append(text(r.get("definition")));
        if (n.requirement() != null) wording.append("<br>要求：").append(n.requirement());
        if (n.applicability() != Applicability.ALWAYS) wording.append("<br>适用：").append(applies(n.applicability()));
        if (r.get("note") != null) wording.append("<br>*读法：").append(text(r.get("note"))).append('*');
        String code = level2 ? "**" + n.code() + "**" : n.code();
        String value = n.metric() != null ? "`" + n.metric() + "`"
                : n.kind() == IndicatorKind.FREQUENCY ? "次数（佐证材料）" : "—";
        md.append("| ").append(code).append(" | ").append(cell(wording.toString())).append(" | ")
                .append(pct(n.weight())).append(" | ").append(n.kind()).append(" | ").append(value).append(" | ")
                .append(cell(rule(n))).append(" | ").append(cell(data(n))).append(" |\n");
        if (n.metric() != null) usedBy.computeIfAbsent(n.metric(), k -> new ArrayList<>()).add(n.code());
        for (IndicatorNode c : n.children()) rows(md, c, raw, usedBy);
    }

    static String rule(IndicatorNode n) {
        Scoring s = n.scoring();
        String out = switch (s.rule()) {
            case WEIGHTED -> "WEIGHTED";
            case MET -> "MET";
            case FREQUENCY -> "FREQUENCY ≥ " + num(s.required());
            case ZERO -> "ZERO";
            case TARGET -> "TARGET " + pct(s.target() * 100);
            case SHARE -> "SHARE";
            case PEER -> "PEER, " + (s.higherIsBetter() ? "higher" : "lower") + " is better";
            case MIN_YEARS_TARGET -> "MIN_YEARS_TARGET " + pct(s.target() * 100) + ", " + s.years() + " years";
            case SUBORDINATE_MEAN -> "SUBORDINATE_MEAN";
        };
        if (s.evidenceFallback()) out += "; 无数据 → 佐证材料";
        return s.noCasesFullMarks() ? out + "; 无此类案件 → 100" : out;
    }

    private static String data(IndicatorNode n) {
        if (n.kind() == IndicatorKind.GROUP) return "—";
        if (n.metric() != null && n.scoring().evidenceFallback()) {
            return String.join("; ", MetricRegistry.bundled().get(n.metric()).declaration().reads())
                    + "; 无数据时 佐证材料.csv: 指标代码 " + n.code() + ", 状态, 附件";
        }
        if (n.metric() != null) return String.join("; ", MetricRegistry.bundled().get(n.metric()).declaration().reads());
        return switch (n.kind()) {
            case EVIDENCE -> "佐证材料.csv: 指标代码 " + n.code() + ", 状态 (得分 + 理由 when partial), 附件";
            case FREQUENCY, MUST_BE_ZERO -> "佐证材料.csv: 指标代码 " + n.code() + ", 次数, 附件";
            case SUBORDINATE_MEAN -> "the totals of the evaluated subordinate courts (法院.csv: 上级法院代码)";
            default -> throw new IllegalStateException(n.code());
        };
    }

    private static String applies(Applicability a) {
        return switch (a) {
            case ALWAYS -> "all courts";
            case NOT_MUNICIPALITY -> "NOT_MUNICIPALITY (N/A for a court with 直辖市 = 是)";
            case KEY_CITY_ONLY -> "KEY_CITY_ONLY (N/A unless 重点城市 = 是)";
        };
    }

    static String pct(double v) {
        return num(v) + "%";
    }

    static String num(double v) {
        return CatalogValidator.format(v);
    }

    private static String text(Object o) {
        return o == null ? "" : SeedIndex.norm(o.toString());
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    /** Metric ids used by the catalogs, for the completeness check. */
    static TreeSet<String> usedMetrics() {
        TreeSet<String> used = new TreeSet<>();
        for (CourtLevel level : CourtLevel.values()) {
            for (IndicatorNode n : CatalogLoader.loadResource(VERSION, level, KnownMetrics.ALL).allNodes()) {
                if (n.metric() != null) used.add(n.metric());
            }
        }
        return used;
    }
}
