package cn.scorecard.core.explain;

import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.NodeResult;
import cn.scorecard.core.metric.MetricValue;
import cn.scorecard.core.metric.RecordKind;
import cn.scorecard.core.metric.RecordSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Every computed indicator of a court's result in which one case counts, directly or through its payments and
 * field actions, each with its reason. Walks the tree's leaves and looks the case up in their record sets.
 */
public final class CaseIndicators {
    private CaseIndicators() {
    }

    public static List<CaseIndicator> of(CourtResult result, Reasons reasons, int row) {
        List<CaseIndicator> out = new ArrayList<>();
        for (NodeResult area : result.areas()) collect(area, reasons, row, out);
        return out;
    }

    private static void collect(NodeResult n, Reasons reasons, int row, List<CaseIndicator> out) {
        for (NodeResult c : n.children()) collect(c, reasons, row, out);
        if (n.children().isEmpty()) out.addAll(of(n.code(), n.node().name(), n.node().metric(), n.explanation(), reasons, row));
    }

    /** The records of one value (an indicator's or a core target's) that are the case or belong to it, explained. */
    public static List<CaseIndicator> of(String code, String name, String metric, MetricValue v, Reasons reasons, int row) {
        List<CaseIndicator> out = new ArrayList<>();
        if (v == null || v.denominatorRecords() == null) return out;
        for (int record : records(reasons, v, row)) {
            boolean num = v.numeratorRecords().kind() == v.denominatorRecords().kind() && v.numeratorRecords().contains(record);
            out.add(new CaseIndicator(code, name, metric, num, record, reasons.of(metric, v).explain(record)));
        }
        return out;
    }

    /** The records of a value that are the case itself, or its payments or field actions. */
    static List<Integer> records(Reasons reasons, MetricValue v, int row) {
        RecordKind kind = v.denominatorRecords().kind(); // a count's empty denominator has its numerator's kind
        List<Integer> out = new ArrayList<>();
        switch (kind) {
            case CASE -> {
                if (in(v, row)) out.add(row);
            }
            case PAYMENT -> {
                var all = reasons.context().data().payments();
                for (int i = 0; i < all.size(); i++) if (all.get(i).caseRow() == row && in(v, i)) out.add(i);
            }
            case FIELD_ACTION -> {
                var all = reasons.context().data().fieldActions();
                for (int i = 0; i < all.size(); i++) if (all.get(i).caseRow() == row && in(v, i)) out.add(i);
            }
            default -> { }
        }
        return out;
    }

    private static boolean in(MetricValue v, int record) {
        RecordSet den = v.denominatorRecords();
        RecordSet num = v.numeratorRecords();
        return den.contains(record) || (num.kind() == den.kind() && num.contains(record));
    }
}
