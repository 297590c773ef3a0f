package cn.scorecard.app.documents;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** XHTML laid out as PDF with the bundled fonts: the court report, the staff notices and any later document. */
public final class PdfDocuments {
    private PdfDocuments() {
    }

    /**
     * Any XHTML page laid out as PDF the same way for every feature: the bundled fonts under the family names
     * 'DejaVuSans' and 'DroidSansFallback', nothing loaded but data: URIs.
     */
    public static byte[] toPdf(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        PdfFonts.register(builder);
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
