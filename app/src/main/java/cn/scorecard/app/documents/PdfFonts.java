package cn.scorecard.app.documents;

import cn.scorecard.app.messages.Bundle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts shipped in the jar (see docs/third-party.md), so no PDF or chart ever depends on the server's fonts:
 * DejaVu Sans for Latin letters, digits and signs (≥ — %), which Droid Sans Fallback lacks, and Droid Sans
 * Fallback for Chinese. The PDFs register both under the family names the report's CSS lists; the charts draw
 * each character in the first of the two that has it.
 */
public final class PdfFonts {
    static final String LATIN = "DejaVuSans";
    static final String CJK = "DroidSansFallback";
    private static final Map<String, String> FILES = Map.of(LATIN, "/fonts/DejaVuSans.ttf", CJK, "/fonts/DroidSansFallbackFull.ttf");
    private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();
    private static final Map<String, Font> AWT = new ConcurrentHashMap<>();

    private PdfFonts() {
    }

    /** Registers both fonts with the PDF renderer under {@link #LATIN} and {@link #CJK}. */
    public static void register(PdfRendererBuilder builder) {
        builder.useFont(() -> open(LATIN), LATIN);
        builder.useFont(() -> open(CJK), CJK);
    }

    static InputStream open(String family) {
        return new ByteArrayInputStream(BYTES.computeIfAbsent(family, PdfFonts::read));
    }

    private static byte[] read(String family) {
        String path = FILES.get(family);
        try (InputStream in = PdfFonts.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException(Bundle.text("pdf.error.fontMissing", path));
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Font awt(String family, float size) {
        return AWT.computeIfAbsent(family, f -> {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, open(f));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException(Bundle.text("pdf.error.font", String.valueOf(FILES.get(f))), e);
            }
        }).deriveFont(size);
    }

    /** The text with each character in DejaVu Sans where it has a glyph, else in Droid Sans Fallback. */
    static TextLayout layout(Graphics2D g, String text, float size) {
        Font latin = awt(LATIN, size);
        Font cjk = awt(CJK, size);
        AttributedString s = new AttributedString(text.isEmpty() ? " " : text);
        for (int i = 0; i < text.length(); i++) {
            s.addAttribute(TextAttribute.FONT, latin.canDisplay(text.charAt(i)) ? latin : cjk, i, i + 1);
        }
        return new TextLayout(s.getIterator(), g.getFontRenderContext());
    }

    public static void draw(Graphics2D g, String text, float size, double x, double baseline) {
        layout(g, text, size).draw(g, (float) x, (float) baseline);
    }

    public static double width(Graphics2D g, String text, float size) {
        return layout(g, text, size).getAdvance();
    }
}
