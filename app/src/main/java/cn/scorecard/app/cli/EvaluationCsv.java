package cn.scorecard.app.cli;

import cn.scorecard.app.web.Messages;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.EvaluationResult;
import cn.scorecard.core.evaluation.NodeResult;
import cn.scorecard.core.io.SafeCsv;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** An evaluation as CSV: one row per court and indicator (and one 总分 row per court). */
final class EvaluationCsv {
    static final String[] HEADER = Messages.text("cli.evaluationCsv.header").split("\\|");

    private EvaluationCsv() {
    }

    /** Names and notes are neutralised against formula injection ({@link SafeCsv}); numbers stay numbers. */
    static void write(EvaluationResult result, Writer out) throws IOException {
        SafeCsv p = SafeCsv.to(out, List.of(HEADER));
        for (CourtResult c : result.courts()) {
            p.row(c.court().code(), c.court().name(), c.court().level().label(), Messages.text("ranking.total"), Messages.text("ranking.total"),
                    100, 100, Messages.text(c.total() != null ? "common.yes" : "common.no"), "", "", "", num(c.total()), "");
            for (NodeResult n : c.areas()) write(c, n, p);
        }
        p.flush(); // flushed, not closed: closing would close standard output
    }

    private static void write(CourtResult c, NodeResult n, SafeCsv p) throws IOException {
        p.row(c.court().code(), c.court().name(), c.court().level().label(), n.code(), n.node().name(),
                CatalogJson.fmt(n.node().weight()), num(n.effectiveWeight()), Messages.text(n.applicable() ? "common.yes" : "common.no"),
                num(n.value()), num(n.numerator()), num(n.denominator()), num(n.score()),
                n.note() == null ? "" : n.note());
        for (NodeResult child : n.children()) write(c, child, p);
    }

    static String num(Double v) {
        if (v == null) return "";
        return String.format("%.6f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
