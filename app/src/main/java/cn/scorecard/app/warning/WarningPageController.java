package cn.scorecard.app.warning;

import cn.scorecard.app.web.Messages;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.SignedIn;
import cn.scorecard.app.security.Role;
import cn.scorecard.app.web.ListExport;
import cn.scorecard.app.web.ListQuery;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 预警: the daily worklist of the cases approaching or past a deadline, searched by case number and officer, sorted,
 * paged and exported like every list. An htmx request (the rule buttons) gets only the list, so the filters and the
 * scroll position stay.
 */
@Controller
@SignedIn
class WarningPageController {
    private final WarningService service;

    WarningPageController(WarningService service) {
        this.service = service;
    }

    @GetMapping("/warnings")
    String warnings(@RequestParam(required = false) String court, @RequestParam(required = false) String staff,
                    @RequestParam(required = false) String rule,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                    @Valid ListQuery query,
                    @RequestHeader(value = "HX-Request", required = false) String htmx,
                    @RequestHeader(value = "HX-History-Restore-Request", required = false) String historyRestore,
                    @AuthenticationPrincipal CurrentUser user, Model model) {
        String c = WarningApiController.blank(court);
        String s = WarningApiController.blank(staff);
        String r = WarningApiController.blank(rule);
        WarningService.Found f = service.find(user, c, s, r, asOf);
        model.addAttribute("view", WarningPage.of(f, user.is(Role.OFFICER), c, s, r, query, service.today()));
        boolean partial = htmx != null && historyRestore == null;
        return partial ? "warnings/index :: list" : "warnings/index";
    }

    /** The list as a workbook: every warning of the filters and the search, in the list's order. */
    @GetMapping("/warnings.xlsx")
    void export(@RequestParam(required = false) String court, @RequestParam(required = false) String staff,
                @RequestParam(required = false) String rule,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                @Valid ListQuery query, @AuthenticationPrincipal CurrentUser user, HttpServletResponse response)
            throws IOException {
        String c = WarningApiController.blank(court);
        String s = WarningApiController.blank(staff);
        String r = WarningApiController.blank(rule);
        WarningService.Found f = service.find(user, c, s, r, asOf);
        WarningPage view = WarningPage.of(f, user.is(Role.OFFICER), c, s, r, query, service.today());
        ListExport.write(response, Messages.text("warnings.title"), "warnings", Messages.text("warnings.exportTitle",
                view.moment(), view.scopeLabel(), view.ruleLabel()), view.list());
    }
}
