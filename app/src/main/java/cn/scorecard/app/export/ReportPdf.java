package cn.scorecard.app.export;

import cn.scorecard.app.documents.PdfDocuments;
import cn.scorecard.app.web.Formats;
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
        return PdfDocuments.toPdf(html(report));
    }
}
