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
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * The report's area charts, drawn server-side (the PDF renderer runs no JavaScript) at about twice the printed
 * size: the court's area scores against its level's mean as a radar and as bars ({@link TrendChart}: the total
 * month by month).
 * Scores are 0–100; a null score (not applicable) is 0 on the radar and no bar or point elsewhere. The level's
 * mean ({@code peers}) is left out when it is null (a level of one court).
 */
final class ReportCharts {
    static final String MEAN = Messages.text("export.chart.mean");

    private ReportCharts() {
    }

    static ChartCanvas radar(List<String> areas, List<Double> court, List<Double> peers, String courtName) {
        ChartCanvas c = new ChartCanvas(900, 780);
        int n = areas.size();
        double cx = 450, cy = 420, radius = 250;
        for (int ring = 1; ring <= 5; ring++) {
            c.g.setColor(ring == 5 ? AXIS : GRID);
            c.g.setStroke(ChartCanvas.THIN);
            c.g.draw(polygon(n, cx, cy, radius * ring / 5.0, i -> 1.0));
        }
        for (int i = 0; i < n; i++) {
            double a = angle(i, n), cos = Math.cos(a), sin = Math.sin(a);
            c.g.setColor(GRID);
            c.g.draw(new Line2D.Double(cx, cy, cx + radius * cos, cy + radius * sin));
            List<String> lines = ChartCanvas.wrap(areas.get(i), 7);
            double x = cx + (radius + 24) * cos, y = cy + (radius + 24) * sin;
            double top = sin < -0.3 ? y - (lines.size() - 1) * 28 : sin > 0.3 ? y + 22 : y - lines.size() * 14 + 20;
            Align align = cos > 0.3 ? Align.LEFT : cos < -0.3 ? Align.RIGHT : Align.CENTER;
            for (int l = 0; l < lines.size(); l++) c.text(lines.get(l), 22f, TEXT, x, top + l * 28, align);
        }
        if (peers != null) series(c, polygon(n, cx, cy, radius, i -> value(peers, i) / 100), PEERS, true);
        series(c, polygon(n, cx, cy, radius, i -> value(court, i) / 100), COURT, false);
        for (int ring = 1; ring <= 5; ring++) {
            String label = String.valueOf(ring * 20);
            double y = cy - radius * ring / 5.0;
            c.g.setColor(java.awt.Color.WHITE);
            c.g.fill(new Rectangle2D.Double(cx + 8, y - 11, c.width(label, 16f) + 6, 21));
            c.text(label, 16f, AXIS, cx + 11, y + 6, Align.LEFT);
        }
        c.legend(450, 44, courtName, peers == null ? null : MEAN);
        return c;
    }

    static ChartCanvas bars(List<String> areas, List<Double> court, List<Double> peers, String courtName) {
        ChartCanvas c = new ChartCanvas(900, 780);
        int left = 70, right = 880, top = 110, bottom = 640;
        for (int v = 0; v <= 100; v += 20) {
            double y = bottom - (bottom - top) * v / 100.0;
            c.g.setColor(v == 0 ? AXIS : GRID);
            c.g.setStroke(ChartCanvas.THIN);
            c.g.draw(new Line2D.Double(left, y, right, y));
            c.text(String.valueOf(v), 17f, AXIS, left - 12, y + 6, Align.RIGHT);
        }
        double slot = (double) (right - left) / areas.size();
        double bar = Math.min(64, slot * 0.3);
        for (int i = 0; i < areas.size(); i++) {
            double x = left + slot * i + slot / 2;
            if (peers == null) {
                bar(c, x - bar / 2, bar, bottom, top, court.get(i), COURT);
            } else {
                bar(c, x - bar - 4, bar, bottom, top, court.get(i), COURT);
                bar(c, x + 4, bar, bottom, top, peers.get(i), PEERS);
            }
            List<String> lines = ChartCanvas.wrap(areas.get(i), slot < 150 ? 5 : 7);
            for (int l = 0; l < lines.size(); l++) c.text(lines.get(l), 22f, TEXT, x, bottom + 36 + l * 28, Align.CENTER);
        }
        c.legend(450, 44, courtName, peers == null ? null : MEAN);
        return c;
    }

    private static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }

    private static double value(List<Double> values, int i) {
        Double v = values.get(i);
        return v == null ? 0 : Math.max(0, Math.min(100, v));
    }

    private static Path2D polygon(int n, double cx, double cy, double radius, IntToDoubleFunction share) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < n; i++) {
            double r = radius * share.applyAsDouble(i), a = angle(i, n);
            if (i == 0) p.moveTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
            else p.lineTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
        }
        p.closePath();
        return p;
    }

    private static void series(ChartCanvas c, Path2D shape, Color color, boolean mean) {
        c.g.setColor(ChartCanvas.translucent(color, mean ? 36 : 64));
        c.g.fill(shape);
        c.g.setColor(color);
        c.g.setStroke(mean ? ChartCanvas.DASHED : ChartCanvas.SOLID);
        c.g.draw(shape);
    }

    private static void bar(ChartCanvas c, double x, double width, int bottom, int top, Double value, Color color) {
        if (value == null) return;
        double h = (bottom - top) * Math.max(0, Math.min(100, value)) / 100;
        c.g.setColor(color);
        c.g.fill(new Rectangle2D.Double(x, bottom - h, width, h));
        c.text(Formats.tenths(value), 17f, TEXT, x + width / 2, bottom - h - 8, Align.CENTER);
    }
}
