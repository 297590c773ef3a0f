package cn.scorecard.app.staff.interviews;

import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.staff.StaffAccess;
import cn.scorecard.app.staff.versions.StaffMonths;
import cn.scorecard.app.web.Messages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The group records an interview with someone on the month's interview list (约谈名单) from the ranking page. */
@Controller
@StaffAccess.Group
class InterviewController {
    private final InterviewRecords records;
    private final StaffAccess access;
    private final StaffMonths months;

    InterviewController(InterviewRecords records, StaffAccess access, StaffMonths months) {
        this.records = records;
        this.access = access;
        this.months = months;
    }

    @PostMapping("/staff/interviews")
    String add(@RequestParam String court, @RequestParam YearMonth month, @RequestParam String staffId,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
               @RequestParam(required = false) String interviewer, @RequestParam(required = false) String notes,
               @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        access.requireGroup(user, court);
        try {
            boolean due = months.current(court, month).snapshot().interviews().stream().anyMatch(i -> i.id().equals(staffId));
            if (!due) throw new IllegalArgumentException(Messages.text("interviews.error.notDue"));
            records.add(court, staffId, month, date, interviewer, notes, user.username());
            flash.addFlashAttribute("message", Messages.text("interviews.saved"));
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/staff/ranking?court=" + URLEncoder.encode(court, StandardCharsets.UTF_8) + "&month=" + month + "#interviews";
    }
}
