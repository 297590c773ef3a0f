package cn.scorecard.app.evaluation;

import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.evaluation.NodeResult;
import cn.scorecard.core.metric.RecordKind;
import cn.scorecard.core.metric.RecordSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The records counted in a value (分子 numerator, 分母 denominator, or the misses: in the denominator but not
 * the numerator), filtered by a text and paged.
 */
public record RecordListView(String courtCode, String courtName, NodeResult node, String set, String query,
                             RecordKind kind, List<String> header, List<List<String>> rows, int total, int page,
                             int pageSize) {
    static final int PAGE_SIZE = 50;
    /** The lists behind a value, as the {@code set} parameter names them. */
    public static final String SETS = "numerator|denominator|missed";

    public int pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public String setLabel() {
        return switch (set) {
            case "numerator" -> "分子";
            case "missed" -> "未达标（在分母不在分子）";
            default -> "分母";
        };
    }

    public static RecordSet select(NodeResult node, String set) {
        RecordSet num = node.explanation().numeratorRecords();
        RecordSet den = node.explanation().denominatorRecords();
        return switch (set) {
            case "numerator" -> num;
            case "missed" -> den.minus(num);
            default -> den;
        };
    }

    /** Indexes of the matching records, all of them (for the export) or one page. */
    public static int[] matching(ProvinceData data, RecordSet records, String query) {
        IntStream ids = records.indexes();
        if (query != null && !query.isBlank()) {
            String q = query.trim();
            ids = ids.filter(i -> RecordRows.key(data, records.kind(), i).contains(q));
        }
        return ids.toArray();
    }

    public static RecordListView of(ProvinceData data, String courtCode, NodeResult node, String set, String query, int page) {
        RecordSet records = select(node, set);
        int[] ids = matching(data, records, query);
        int p = Math.max(1, page);
        List<List<String>> rows = IntStream.of(ids).skip((long) (p - 1) * PAGE_SIZE).limit(PAGE_SIZE)
                .mapToObj(i -> RecordRows.cells(data, records.kind(), i)).toList();
        int court = data.courts().indexOf(courtCode);
        return new RecordListView(courtCode, data.courts().get(court).name(), node, set, query, records.kind(),
                RecordRows.header(records.kind()), rows, ids.length, p, PAGE_SIZE);
    }
}
