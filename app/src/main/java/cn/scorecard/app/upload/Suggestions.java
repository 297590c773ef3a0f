package cn.scorecard.app.upload;

import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.io.RecordType;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A suggested target for a foreign header: our column itself, a spelling other systems use for it (the aliases
 * below, the usual words of case-flow exports), or the column most alike by shared character pairs (Dice
 * coefficient over bigrams, at least {@link #SIMILAR}). A step column (网络查控发起时间) suggests the step.
 */
final class Suggestions {
    static final double SIMILAR = 0.5;
    static final String STEP = "step:";
    private static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("法院代码", List.of("法院", "承办法院", "经办法院", "执行法院", "所属法院")),
            Map.entry("案号", List.of("案件字号", "案件编号", "执行案号", "案件号")),
            Map.entry("立案日期", List.of("收案日期", "立案时间", "收案时间")),
            Map.entry("结案日期", List.of("结案时间", "结案日")),
            Map.entry("结案方式", List.of("结案方式代码", "结案类型", "结案方式名称")),
            Map.entry("案件类别", List.of("案件类型", "案由类别")),
            Map.entry("申请标的额", List.of("申请执行标的", "申请执行标的额", "申请执行金额", "申请执行标的（元）")),
            Map.entry("到位金额", List.of("实际到位金额", "执行到位金额", "实际到位金额（元）", "到位款")),
            Map.entry("承办法官", List.of("承办人", "承办法官姓名", "承办人编号")),
            Map.entry("下落不明", List.of("被执行人下落不明")),
            Map.entry("节点", List.of("节点名称", "流程节点", "节点类型")),
            Map.entry("时间", List.of("节点时间", "节点开始时间", "发生时间")),
            Map.entry("说明", List.of("备注")));

    /** A target and how sure: 1 for our name or an alias, the similarity otherwise. */
    record Suggestion(String target, double score) {
    }

    private Suggestions() {
    }

    static Suggestion suggest(String header, RecordType type) {
        String h = normalize(header);
        if (h.isEmpty()) return null;
        Suggestion best = null;
        for (String column : type.headers()) {
            if (normalize(column).equals(h)) return new Suggestion(column, 1);
            for (String alias : ALIASES.getOrDefault(column, List.of())) {
                if (normalize(alias).equals(h)) return new Suggestion(column, 1);
            }
            double s = dice(h, normalize(column));
            if (s >= SIMILAR && (best == null || s > best.score())) best = new Suggestion(column, s);
        }
        if (best == null && type == RecordType.CASES) {
            String step = h.replaceAll("(时间|日期)$", "");
            if (StepType.isKnown(step) && !step.equals(h)) return new Suggestion(STEP + StepType.parse(step).label(), 1);
        }
        return best;
    }

    /** The record type most of the headers point to (案件 when none stands out). */
    static RecordType type(List<String> headers) {
        RecordType best = RecordType.CASES;
        int bestCount = 0;
        for (RecordType t : RecordType.values()) {
            if (t.isStaffInput()) continue;
            int n = 0;
            for (String h : headers) {
                Suggestion s = suggest(h, t);
                if (s != null && !s.target().startsWith(STEP)) n++;
            }
            if (n > bestCount) {
                best = t;
                bestCount = n;
            }
        }
        return best;
    }

    /** Spaces and a unit in brackets do not make another column. */
    static String normalize(String header) {
        return header == null ? "" : header.replaceAll("\\s+", "").replaceAll("[（(][^）)]*[）)]$", "");
    }

    static double dice(String a, String b) {
        if (a.length() < 2 || b.length() < 2) return a.equals(b) ? 1 : 0;
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        int common = 0;
        for (String g : x) {
            if (y.contains(g)) common++;
        }
        return 2.0 * common / (x.size() + y.size());
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) out.add(s.substring(i, i + 2));
        return out;
    }
}
