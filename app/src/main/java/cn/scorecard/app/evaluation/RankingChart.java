package cn.scorecard.app.evaluation;

import cn.scorecard.app.web.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The ranking's bar chart (an ECharts option): the listed courts' totals in rank order and the level's mean as a line. */
final class RankingChart {
    private RankingChart() {
    }

    static Map<String, Object> option(RankingView view) {
        List<String> names = new ArrayList<>();
        List<Object> totals = new ArrayList<>();
        for (RankingView.Row r : view.rows()) {
            names.add(r.name());
            totals.add(r.total() == null ? null : Math.round(r.total() * 100) / 100.0);
        }
        List<Object> mean = view.meanTotal() == null ? List.of()
                : List.of(Map.of("yAxis", Math.round(view.meanTotal() * 100) / 100.0, "name", Messages.text("chart.levelMean")));
        Map<String, Object> bars = Map.of("type", "bar", "name", Messages.text("chart.total"), "data", totals, "itemStyle", Map.of("color", "#b22222"),
                "label", Map.of("show", true, "position", "top", "fontSize", 10),
                "markLine", Map.of("symbol", "none", "data", mean, "lineStyle", Map.of("color", "#0b5ed7", "type", "dashed"),
                        "label", Map.of("formatter", Messages.text("chart.levelMeanLabel"), "position", "insideEndTop")));
        return Map.of("tooltip", Map.of("trigger", "axis"), "legend", Map.of("bottom", 0),
                "grid", Map.of("left", 40, "right", 20, "top", 30, "bottom", 80),
                "xAxis", Map.of("type", "category", "data", names, "axisLabel", Map.of("interval", 0, "rotate", 30)),
                "yAxis", Map.of("type", "value", "min", 0, "max", 100),
                "series", List.of(bars));
    }
}
