package cn.scorecard.app.export;

import cn.scorecard.app.web.Formats;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a {@link CourtReport} to PDF: the app's Thymeleaf engine fills templates/export/report.html (XHTML,
 * A4, CSS paged media), openhtmltopdf lays it out with the embedded CJK font registered under the family name
 * the CSS uses. The renderer may load nothing but the report's own data: URIs.
 */
@Component
public class ReportPdf {
    static final String TEMPLATE = "export/report";
    private final ITemplateEngine templates;

    ReportPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    String html(CourtReport report) {
        // outside a web request: the formats as a variable (templates of pages reach them as the bean @fmt)
        return templates.process(TEMPLATE, new Context(Locale.SIMPLIFIED_CHINESE, Map.of("r", report, "fmt", new Formats())));
    }

    byte[] render(CourtReport report) {
        return toPdf(html(report));
    }

    /**
     * Any XHTML page laid out as PDF the way the report is: the bundled fonts under the family names
     * 'DejaVuSans' and 'DroidSansFallback', nothing loaded but data: URIs. Public for the other features' PDFs.
     */
    public static byte[] toPdf(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        ReportFonts.register(builder);
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
