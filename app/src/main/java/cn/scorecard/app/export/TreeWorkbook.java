package cn.scorecard.app.export;

import cn.scorecard.app.documents.Xlsx;
import cn.scorecard.app.evaluation.PeriodParam;
import cn.scorecard.app.evaluation.TreeRow;
import cn.scorecard.core.evaluation.CoreIndicators;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.NodeResult;
import cn.scorecard.core.metric.MetricValue;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A court's score tree as a workbook: sheet 评分 (every node, indented by depth, with weights, value, target,
 * numerator, denominator, score and note) and sheet 核心指标 ("三个90%、一个80%").
 */
final class TreeWorkbook {
    static final String TREE = "评分";
    static final String CORE = "核心指标";
    static final int HEADER_ROW = 2;
    static final List<String> TREE_HEADER = List.of("代码", "指标", "权重", "实际权重", "指标值", "目标", "分子", "分母", "得分", "说明");
    static final List<String> CORE_HEADER = List.of("核心指标", "目标", "实际值", "是否达标", "分子", "分母", "计算方法");

    private TreeWorkbook() {
    }

    static void write(CourtResult court, List<CoreIndicators.CoreValue> core, PeriodParam period, String catalogVersion,
                      String results, OutputStream out) throws IOException {
        Workbook wb = Xlsx.workbook(out);
        String about = court.court().name() + " · " + court.court().level().label() + "法院 · " + period.label()
                + " · 指标体系版本 " + catalogVersion + " · " + results;
        tree(wb.newWorksheet(TREE), court, about);
        core(wb.newWorksheet(CORE), core, about);
        wb.finish();
    }

    private static void tree(Worksheet ws, CourtResult court, String about) {
        Xlsx.title(ws, 0, TREE_HEADER.size(), "评分明细 · " + about);
        ws.value(1, 0, "总分");
        Xlsx.number(ws, 1, 1, court.total(), Xlsx.SCORE);
        ws.style(1, 1).format(Xlsx.SCORE).bold().fontColor(Xlsx.RED).horizontalAlignment("left").set();
        Xlsx.header(ws, HEADER_ROW, TREE_HEADER);
        int r = HEADER_ROW + 1;
        for (TreeRow row : TreeRow.flatten(court.areas())) {
            NodeResult n = row.node();
            ws.value(r, 0, n.code());
            ws.value(r, 1, n.node().name());
            ws.style(r, 1).indent(row.depth() * 2).wrapText(true).set();
            Xlsx.number(ws, r, 2, n.node().weight() / 100, Xlsx.WHOLE_PERCENT);
            if (n.applicable()) Xlsx.number(ws, r, 3, n.effectiveWeight() / 100, Xlsx.PERCENT);
            else ws.value(r, 3, "不适用");
            if (row.leaf()) {
                value(ws, r, row);
                ws.value(r, 5, row.target());
                MetricValue e = n.explanation();
                if (e != null) {
                    Xlsx.number(ws, r, 6, e.numerator(), Xlsx.NUMBER);
                    if (!(e.denominator() == 0 && e.value() != null)) Xlsx.number(ws, r, 7, e.denominator(), Xlsx.NUMBER);
                }
            }
            Xlsx.number(ws, r, 8, n.score(), Xlsx.SCORE);
            if (n.note() != null) ws.value(r, 9, n.note());
            if (row.depth() == 0) ws.range(r, 0, r, TREE_HEADER.size() - 1).style().bold().fillColor(Xlsx.AREA_FILL).set();
            r++;
        }
        Xlsx.widths(ws, 11, 44, 8, 10, 11, 18, 10, 10, 9, 50);
        ws.freezePane(2, HEADER_ROW + 1);
        ws.setAutoFilter(HEADER_ROW, 0, TREE_HEADER.size() - 1);
        Xlsx.fitToWidth(ws);
    }

    /** A rate as a percentage cell, a count or mean as a number, evidence and N/A as the page's text. */
    private static void value(Worksheet ws, int r, TreeRow row) {
        Double v = row.node().value();
        String text = row.valueText();
        if (v == null) ws.value(r, 4, text);
        else Xlsx.number(ws, r, 4, v, text.endsWith("%") ? Xlsx.PERCENT : Xlsx.NUMBER);
    }

    private static void core(Worksheet ws, List<CoreIndicators.CoreValue> core, String about) {
        Xlsx.title(ws, 0, CORE_HEADER.size(), "核心指标“三个90%、一个80%” · " + about);
        Xlsx.subtitle(ws, 1, CORE_HEADER.size(), "基本解决执行难的核心指标：三项不低于90%，一项不低于80%。");
        Xlsx.header(ws, HEADER_ROW, CORE_HEADER);
        int r = HEADER_ROW + 1;
        for (CoreIndicators.CoreValue c : core) {
            ws.value(r, 0, c.label());
            Xlsx.number(ws, r, 1, c.target(), Xlsx.WHOLE_PERCENT);
            Xlsx.number(ws, r, 2, c.value(), Xlsx.PERCENT);
            Xlsx.met(ws, r, 3, c.met());
            if (c.explanation() != null) {
                Xlsx.number(ws, r, 4, c.explanation().numerator(), Xlsx.NUMBER);
                Xlsx.number(ws, r, 5, c.explanation().denominator(), Xlsx.NUMBER);
                ws.value(r, 6, c.explanation().formula());
            }
            r++;
        }
        Xlsx.widths(ws, 36, 8, 10, 10, 10, 10, 70);
        ws.freezePane(1, HEADER_ROW + 1);
        Xlsx.fitToWidth(ws);
    }
}
