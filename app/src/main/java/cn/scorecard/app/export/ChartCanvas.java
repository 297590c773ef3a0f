package cn.scorecard.app.export;

import cn.scorecard.app.documents.PdfFonts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;

/** A white, antialiased Java2D canvas for one chart, with text in the report's fonts and a two-series legend. */
final class ChartCanvas {
    static final Color COURT = new Color(0xB4, 0x23, 0x18);
    static final Color PEERS = new Color(0x7F, 0x8C, 0x9A);
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    static final Color AXIS = new Color(0x99, 0x99, 0x99);
    static final Color TEXT = new Color(0x33, 0x33, 0x33);
    static final Stroke SOLID = new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke DASHED = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {10f, 8f}, 0f);
    static final Stroke THIN = new BasicStroke(1.5f);

    enum Align { LEFT, CENTER, RIGHT }

    final BufferedImage image;
    final Graphics2D g;

    ChartCanvas(int width, int height) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
    }

    /** Draws text with its baseline at {@code baseline}, aligned on {@code x}. */
    void text(String text, float size, Color color, double x, double baseline, Align align) {
        double w = PdfFonts.width(g, text, size);
        double left = align == Align.LEFT ? x : align == Align.RIGHT ? x - w : x - w / 2;
        g.setColor(color);
        PdfFonts.draw(g, text, size, left, baseline);
    }

    double width(String text, float size) {
        return PdfFonts.width(g, text, size);
    }

    /** A centred legend: a red swatch for the court, a grey one for the level's mean unless {@code peers} is null. */
    void legend(double centerX, double baseline, String court, String peers) {
        float size = 22f;
        double w = 34 + width(court, size) + (peers == null ? 0 : 40 + 34 + width(peers, size));
        double x = centerX - w / 2;
        g.setColor(COURT);
        g.fillRect((int) x, (int) baseline - 17, 24, 16);
        text(court, size, TEXT, x + 34, baseline, Align.LEFT);
        if (peers == null) return;
        x += 34 + width(court, size) + 40;
        g.setColor(PEERS);
        g.fillRect((int) x, (int) baseline - 17, 24, 16);
        text(peers, size, TEXT, x + 34, baseline, Align.LEFT);
    }

    static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** Splits a label into lines of at most {@code max} characters. */
    static List<String> wrap(String text, int max) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i += max) out.add(text.substring(i, Math.min(text.length(), i + max)));
        return out;
    }

    /** Finishes drawing and encodes the image as a {@code data:image/png;base64,…} URI. */
    String dataUri() {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png());
    }

    byte[] png() {
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
