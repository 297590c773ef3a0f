package cn.scorecard.app.staff.notice;

import cn.scorecard.app.documents.Downloads;
import cn.scorecard.app.documents.PdfDocuments;
import cn.scorecard.app.web.Formats;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.staff.StaffAccess;
import cn.scorecard.app.staff.StaffResultService;
import cn.scorecard.app.staff.versions.StaffMonths;
import cn.scorecard.app.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The monthly 通报 as Excel and PDF: a chosen version ({@code run}), or the court's published month. Same readers as
 * the ranking page (the group and administrators of the court).
 */
@Controller
@StaffAccess.Managers
class NoticeController {
    static final String TEMPLATE = "staff/notice-pdf";
    private final StaffMonths months;
    private final StaffAccess access;
    private final StaffResultService results;
    private final ITemplateEngine templates;

    NoticeController(StaffMonths months, StaffAccess access, StaffResultService results, ITemplateEngine templates) {
        this.months = months;
        this.access = access;
        this.results = results;
        this.templates = templates;
    }

    @GetMapping("/staff/notice.xlsx")
    void xlsx(@RequestParam(required = false) Long run, @RequestParam(required = false) String court,
              @RequestParam(required = false) YearMonth month, @AuthenticationPrincipal CurrentUser user,
              HttpServletResponse response) throws IOException {
        Notice n = notice(user, run, court, month);
        Downloads.prepare(response, Downloads.XLSX, name(n) + ".xlsx", ascii(n) + ".xlsx");
        NoticeWorkbook.write(n, response.getOutputStream());
    }

    @GetMapping("/staff/notice.pdf")
    void pdf(@RequestParam(required = false) Long run, @RequestParam(required = false) String court,
             @RequestParam(required = false) YearMonth month, @AuthenticationPrincipal CurrentUser user,
             HttpServletResponse response) throws IOException {
        Notice n = notice(user, run, court, month);
        byte[] bytes = PdfDocuments.toPdf(templates.process(TEMPLATE, new Context(Locale.SIMPLIFIED_CHINESE, Map.of("n", n, "fmt", new Formats()))));
        Downloads.prepare(response, Downloads.PDF, name(n) + ".pdf", ascii(n) + ".pdf");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private Notice notice(CurrentUser user, Long run, String court, YearMonth month) {
        StaffMonths.Shown shown;
        if (run != null) {
            try {
                shown = months.run(run);
            } catch (IllegalArgumentException e) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
            }
            access.requireCourt(user, shown.run().scope());
        } else {
            if (court == null || month == null) throw new ResponseStatusException(HttpStatus.BAD_REQUEST, Messages.text("staffNotice.error.which"));
            access.requireCourt(user, court);
            shown = months.published(court, month)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("staffNotice.error.unpublished")));
        }
        String code = shown.run().scope();
        var data = results.data();
        var rules = results.rulesOf(shown.run());
        return new Notice(code, data.courts().get(data.courts().indexOf(code)).name(), YearMonth.from(shown.run().periodStart()),
                shown.run().versionNo(), shown.published(), shown.label(), rules.passMark(), rules.title(),
                rules.issuer(), shown.snapshot());
    }

    private static String name(Notice n) {
        return Messages.text("staffNotice.file", n.courtName(), n.monthLabel(), String.valueOf(n.versionNo()));
    }

    private static String ascii(Notice n) {
        return "staff-notice-" + Downloads.codeAscii(n.courtCode()) + "-" + n.month() + "-v" + n.versionNo();
    }
}
