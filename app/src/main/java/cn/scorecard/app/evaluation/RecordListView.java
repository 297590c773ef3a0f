package cn.scorecard.app.evaluation;

import cn.scorecard.app.web.Messages;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.evaluation.NodeResult;
import cn.scorecard.core.metric.RecordKind;
import cn.scorecard.core.metric.RecordSet;
import cn.scorecard.core.catalog.IndicatorKind;
import cn.scorecard.core.catalog.IndicatorNode;
import cn.scorecard.core.catalog.Scoring;
import cn.scorecard.core.catalog.ScoringRule;
import cn.scorecard.core.evaluation.CoreIndicators;
import cn.scorecard.core.explain.Reason;
import cn.scorecard.core.explain.Reasons;
import cn.scorecard.core.explain.RecordExplainer;
import cn.scorecard.app.web.ListColumn;
import cn.scorecard.app.web.ListQuery;
import cn.scorecard.app.web.ListSpec;
import cn.scorecard.app.web.ListState;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import java.util.stream.IntStream;

/**
 * The records counted in a value (分子 numerator, 分母 denominator, or the misses: in the denominator but not
 * the numerator), searched, sorted and paged with the controls of every list ({@link ListSpec}). A list may hold a
 * hundred thousand records: a page computes only its own rows' cells, a sort only the sorted column's.
 */
public record RecordListView(String courtCode, String courtName, NodeResult node, String set, RecordKind kind,
                             List<String> header, List<List<String>> rows, ListState state,
                             List<String> reasonHeader, List<Reason> reasons) {
    /** The lists behind a value, as the {@code set} parameter names them. */
    public static final String SETS = "numerator|denominator|missed";

    /** The prefix of the core targets' list ids: core-1 … core-4, in the order of {@link CoreIndicators}. */
    public static final String CORE = "core-";

    /**
     * The node whose records a list shows: an indicator of the court's (live) tree, or one of its core targets; 404
     * when there is none or it has no records.
     */
    public static NodeResult traced(EvaluationService service, String code, String node, PeriodParam period) {
        NodeResult n = node.startsWith(CORE) ? core(service, code, node, period) : service.court(code, period.period()).find(node);
        if (n == null || n.explanation() == null || n.explanation().denominatorRecords() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("records.untraceable"));
        }
        return n;
    }

    private static NodeResult core(EvaluationService service, String code, String node, PeriodParam period) {
        List<CoreIndicators.CoreValue> values = service.coreIndicators(code, period.period());
        int i;
        try {
            i = Integer.parseInt(node.substring(CORE.length())) - 1;
        } catch (NumberFormatException e) {
            return null;
        }
        if (i < 0 || i >= values.size()) return null;
        CoreIndicators.CoreValue v = values.get(i);
        IndicatorNode definition = new IndicatorNode(node, v.label(), 0, IndicatorKind.COMPUTED,
                Messages.text("records.coreRequirement", String.valueOf(Math.round(v.target() * 100))),
                CoreIndicators.METRIC_IDS.get(i),
                new Scoring(ScoringRule.TARGET, v.target(), 0, true, 0, false), null, List.of());
        return new NodeResult(definition, 0, true, v.value(), null, v.explanation(), null, List.of());
    }

    /** How the page names the indicator: its code and name, or “核心指标” and the target's name. */
    public String title() {
        return (node.code().startsWith(CORE) ? Messages.text("records.core") : node.code()) + " " + node.node().name();
    }

    public int pages() {
        return state.pages();
    }

    public int total() {
        return state.total();
    }

    public int page() {
        return state.page();
    }

    public String query() {
        return state.q();
    }

    /** The list's columns (c0, c1 … by the kind's header), every one sortable. */
    static ListSpec<List<String>> spec(RecordKind kind) {
        List<String> header = RecordRows.header(kind);
        List<ListColumn<List<String>>> columns = IntStream.range(0, header.size())
                .mapToObj(i -> ListColumn.<List<String>>of("c" + i, header.get(i), row -> row.get(i))).toList();
        return ListSpec.of(columns, row -> String.join(" ", row), null, false);
    }

    public String setLabel() {
        return switch (set) {
            case "numerator" -> Messages.text("records.set.numerator");
            case "missed" -> Messages.text("records.set.missed");
            default -> Messages.text("records.set.denominator");
        };
    }

    public static RecordSet select(NodeResult node, String set) {
        RecordSet num = node.explanation().numeratorRecords();
        RecordSet den = node.explanation().denominatorRecords();
        return switch (set) {
            case "numerator" -> num;
            case "missed" -> Reasons.numeratorCountsMisses(node.node().metric()) ? num : den.minus(num);
            default -> den;
        };
    }

    /** Indexes of the records whose cells contain the search text, in the list's order (all of them: the export's). */
    public static int[] ordered(ProvinceData data, RecordSet records, ListQuery query) {
        RecordKind kind = records.kind();
        IntStream ids = records.indexes();
        String q = query.text();
        if (q != null) ids = ids.filter(i -> String.join(" ", RecordRows.cells(data, kind, i)).contains(q));
        int[] found = ids.toArray();
        int column = sortColumn(kind, query);
        if (column < 0) return found;
        String[] keys = new String[found.length];
        Integer[] order = new Integer[found.length];
        for (int i = 0; i < found.length; i++) {
            keys[i] = RecordRows.cells(data, kind, found[i]).get(column);
            order[i] = i;
        }
        boolean desc = "desc".equals(query.dir());
        java.util.Arrays.sort(order, (a, b) -> {
            boolean ea = keys[a].isEmpty();
            boolean eb = keys[b].isEmpty();
            if (ea || eb) return ea == eb ? 0 : ea ? 1 : -1; // empty cells last either way
            int c = ListColumn.compare(keys[a], keys[b]);
            return desc ? -c : c;
        });
        int[] out = new int[found.length];
        for (int i = 0; i < found.length; i++) out[i] = found[order[i]];
        return out;
    }

    /** The column {@code sort} names (c0, c1 …), or -1. */
    private static int sortColumn(RecordKind kind, ListQuery query) {
        if (query.sort() == null || !query.sort().matches("c\\d+")) return -1;
        int c = Integer.parseInt(query.sort().substring(1));
        return c < RecordRows.header(kind).size() ? c : -1;
    }

    /** Whether the first column is a case number (cases, and the payments and field actions of a case). */
    public boolean caseNumbers() {
        return kind == RecordKind.CASE || kind == RecordKind.PAYMENT || kind == RecordKind.FIELD_ACTION;
    }

    /** The list without reasons (tests of the list controls). */
    public static RecordListView of(ProvinceData data, String courtCode, NodeResult node, String set, ListQuery query) {
        return of(data, courtCode, node, set, query, null);
    }

    /** A page of the list; with an explainer, each row's reason (达标/未达标 and its columns) for the rows shown only. */
    public static RecordListView of(ProvinceData data, String courtCode, NodeResult node, String set, ListQuery query,
                                    RecordExplainer explainer) {
        RecordSet records = select(node, set);
        int[] ids = ordered(data, records, query);
        int size = query.size() == null ? 50 : query.size();
        int pages = Math.max(1, (ids.length + size - 1) / size);
        int p = Math.min(query.page() == null ? 1 : query.page(), pages);
        int[] shown = IntStream.of(ids).skip((long) (p - 1) * size).limit(size).toArray();
        List<List<String>> rows = IntStream.of(shown).mapToObj(i -> RecordRows.cells(data, records.kind(), i)).toList();
        List<Reason> reasons = explainer == null ? List.of() : IntStream.of(shown).mapToObj(explainer::explain).toList();
        int court = data.courts().indexOf(courtCode);
        int column = sortColumn(records.kind(), query);
        ListState state = spec(records.kind()).state(query.text(), column < 0 ? null : query.sort(), "desc".equals(query.dir()),
                p, size, ids.length);
        return new RecordListView(courtCode, data.courts().get(court).name(), node, set, records.kind(),
                RecordRows.header(records.kind()), rows, state, explainer == null ? List.of() : explainer.header(), reasons);
    }
}
