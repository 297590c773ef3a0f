package cn.scorecard.app.export;

import static cn.scorecard.app.export.ChartCanvas.AXIS;
import static cn.scorecard.app.export.ChartCanvas.COURT;
import static cn.scorecard.app.export.ChartCanvas.GRID;
import static cn.scorecard.app.export.ChartCanvas.PEERS;
import static cn.scorecard.app.export.ChartCanvas.TEXT;

import cn.scorecard.app.export.ChartCanvas.Align;
import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;

/** The report's line chart of the total from January to each month end, the court against its level's mean. */
final class TrendChart {
    private TrendChart() {
    }

    /** Totals from January to each month end; the axis starts at the nearest ten below the lowest value. */
    static ChartCanvas draw(List<Double> court, List<Double> peers, String courtName) {
        ChartCanvas c = new ChartCanvas(1800, 560);
        int left = 90, right = 1760, top = 100, bottom = 470;
        double min = 100;
        for (Double v : court) if (v != null) min = Math.min(min, v);
        if (peers != null) for (Double v : peers) if (v != null) min = Math.min(min, v);
        int floor = (int) Math.max(0, Math.floor((min - 5) / 10) * 10);
        for (int v = floor; v <= 100; v += 10) {
            double y = y(v, floor, top, bottom);
            c.g.setColor(v == floor ? AXIS : GRID);
            c.g.setStroke(ChartCanvas.THIN);
            c.g.draw(new Line2D.Double(left, y, right, y));
            c.text(String.valueOf(v), 20f, AXIS, left - 14, y + 7, Align.RIGHT);
        }
        double step = (right - left) / 12.0;
        for (int m = 0; m < 12; m++) c.text(Messages.text("chart.monthAxis", String.valueOf(m + 1)), 22f, TEXT, left + step * m + step / 2, bottom + 44, Align.CENTER);
        if (peers != null) line(c, peers, floor, left, step, top, bottom, PEERS, false);
        line(c, court, floor, left, step, top, bottom, COURT, true);
        c.legend(900, 44, courtName, peers == null ? null : ReportCharts.MEAN);
        return c;
    }

    private static double y(double v, int floor, int top, int bottom) {
        return bottom - (bottom - top) * (v - floor) / (100.0 - floor);
    }

    private static void line(ChartCanvas c, List<Double> values, int floor, int left, double step, int top, int bottom,
                             Color color, boolean labelled) {
        Path2D p = new Path2D.Double();
        boolean started = false;
        for (int m = 0; m < values.size(); m++) {
            if (values.get(m) == null) continue;
            double x = left + step * m + step / 2, y = y(values.get(m), floor, top, bottom);
            if (started) p.lineTo(x, y);
            else p.moveTo(x, y);
            started = true;
        }
        c.g.setColor(color);
        c.g.setStroke(labelled ? ChartCanvas.SOLID : ChartCanvas.DASHED);
        c.g.draw(p);
        for (int m = 0; m < values.size(); m++) {
            if (values.get(m) == null) continue;
            double x = left + step * m + step / 2, y = y(values.get(m), floor, top, bottom);
            c.g.setColor(color);
            c.g.fill(new Ellipse2D.Double(x - 6, y - 6, 12, 12));
            if (labelled) c.text(Formats.tenths(values.get(m)), 19f, color, x, y - 16, Align.CENTER);
        }
    }
}
