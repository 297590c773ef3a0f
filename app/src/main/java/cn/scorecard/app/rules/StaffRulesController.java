package cn.scorecard.app.rules;

import cn.scorecard.app.platform.rules.RuleBookService;
import cn.scorecard.app.platform.rules.RuleLabels;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.staff.StaffResultService;
import cn.scorecard.app.web.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff rule sets in the application: the administrator for any court, a 考核领导小组 for its own — upload a new
 * version, preview it on a month of the court, assign it to the court from a month on.
 */
@Controller
@RuleAccess.StaffEditors
class StaffRulesController {
    private final StaffRuleEdits edits;
    private final RuleBookService book;
    private final StaffResultService staff;

    StaffRulesController(StaffRuleEdits edits, RuleBookService book, StaffResultService staff) {
        this.edits = edits;
        this.book = book;
        this.staff = staff;
    }

    @PostMapping("/rules/staff/upload")
    String upload(@RequestParam MultipartFile file,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) throws IOException {
        try {
            var rules = edits.upload(file.getOriginalFilename(), new String(file.getBytes(), StandardCharsets.UTF_8), from,
                    user.courtCode(), user.username());
            redirect.addFlashAttribute("message", Messages.text("rules.staff.created", RuleLabels.of(rules)));
        } catch (RuleEditException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/rules";
    }

    @GetMapping("/rules/staff/{version}/preview")
    String preview(@PathVariable String version, @RequestParam String court, @RequestParam(required = false) YearMonth month,
                   @AuthenticationPrincipal CurrentUser user, Model model) {
        RuleAccess.requireCourt(user, court);
        var rules = book.staffRules(version).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        YearMonth m = month == null ? staff.defaultMonth() : month;
        model.addAttribute("rules", rules);
        model.addAttribute("current", staff.rules(court, m));
        model.addAttribute("court", staff.data().courts().get(staff.data().courts().indexOf(court)));
        model.addAttribute("month", m);
        model.addAttribute("rows", edits.preview(version, court, m));
        return "rules/staff-preview";
    }

    @PostMapping("/rules/staff/{version}/assign")
    String assign(@PathVariable String version, @RequestParam(defaultValue = "") String court, @RequestParam YearMonth from,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        RuleAccess.requireCourt(user, court);
        try {
            edits.assign(version, court, from, user.username());
            redirect.addFlashAttribute("message", Messages.text("rules.staff.assigned",
                    court.isEmpty() ? Messages.text("rules.everyCourt") : court, String.valueOf(from), version));
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/rules";
    }
}
