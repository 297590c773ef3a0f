package cn.scorecard.app.staff.web;

import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.Role;
import cn.scorecard.app.staff.StaffAccess;
import cn.scorecard.app.staff.StaffResultService;
import cn.scorecard.app.staff.interviews.InterviewRecords;
import cn.scorecard.app.staff.objections.ObjectionFiling;
import cn.scorecard.app.staff.objections.ObjectionService;
import cn.scorecard.app.staff.versions.StaffMonths;
import cn.scorecard.app.staff.versions.StaffYear;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.court.Court;
import cn.scorecard.core.data.StaffMember;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 干警考核: my month, a person's month and a court's ranking (the month's and the year to date's), with
 * interviews and accountability. Officers read only published versions; the group and administrators any version.
 */
@Controller
@StaffAccess.Everyone
class StaffController {
    private final StaffResultService service;
    private final StaffAccess access;
    private final StaffMonths months;
    private final StaffYear year;
    private final ObjectionService objections;
    private final ObjectionFiling filing;
    private final InterviewRecords interviews;

    StaffController(StaffResultService service, StaffAccess access, StaffMonths months, StaffYear year,
                    ObjectionService objections, ObjectionFiling filing, InterviewRecords interviews) {
        this.service = service;
        this.access = access;
        this.months = months;
        this.year = year;
        this.objections = objections;
        this.filing = filing;
        this.interviews = interviews;
    }

    /** An officer starts at their month; the others at the ranking of their court, or the first court they may choose. */
    @GetMapping("/staff")
    String start(@AuthenticationPrincipal CurrentUser user) {
        if (user.role() == Role.OFFICER) return "redirect:/staff/me";
        List<Court> courts = courts(user);
        String court = user.courtCode() != null ? user.courtCode() : courts.isEmpty()
                ? service.data().courts().get(0).code() : courts.get(0).code();
        return "redirect:/staff/ranking?court=" + URLEncoder.encode(court, StandardCharsets.UTF_8);
    }

    /** The courts whose staff assessment the user may read and that have people assessed (the court picker). */
    private List<Court> courts(CurrentUser user) {
        java.util.Set<Integer> assessed = new java.util.HashSet<>();
        service.month(service.defaultMonth()).people().forEach(p -> assessed.add(p.court()));
        List<Court> all = service.data().courts().all();
        List<Court> out = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (assessed.contains(i) && access.canReadCourt(user, all.get(i).code())) out.add(all.get(i));
        }
        return out;
    }

    @GetMapping("/staff/me")
    @StaffAccess.Officer
    String me(@RequestParam(required = false) YearMonth month, @AuthenticationPrincipal CurrentUser user, Model model) {
        if (user.staffCode() == null) throw new AccessDeniedException(Messages.text("staff.error.noStaffCode"));
        return person(user.staffCode(), month, null, user, model);
    }

    @GetMapping("/staff/people/{staffId}")
    String person(@PathVariable String staffId, @RequestParam(required = false) YearMonth month,
                  @RequestParam(required = false) Long run, @AuthenticationPrincipal CurrentUser user, Model model) {
        StaffMember member = access.requirePerson(user, staffId);
        String court = access.courtCode(member);
        boolean manager = StaffAccess.manager(user);
        Chosen shown = Chosen.of(months, court, month == null ? service.defaultMonth() : month, run, manager);
        YearMonth m = shown.month();
        model.addAttribute("month", m);
        model.addAttribute("member", member);
        model.addAttribute("court", courtOf(court));
        model.addAttribute("shown", shown.shown());
        model.addAttribute("result", shown.shown() == null ? null : shown.shown().snapshot().person(staffId).orElse(null));
        model.addAttribute("year", year.person(court, staffId, m, !manager));
        model.addAttribute("passMark", service.rules(court, m).passMark());
        model.addAttribute("self", staffId.equals(user.staffCode()));
        model.addAttribute("manager", manager);
        model.addAttribute("versions", manager ? months.versions(court, m) : List.of());
        model.addAttribute("objections", objections.ofPerson(staffId, m));
        model.addAttribute("eligibility", user.role() == Role.OFFICER ? filing.eligibility(user, m) : null);
        model.addAttribute("interviewRecords", manager ? interviews.ofMonth(court, m).getOrDefault(staffId, List.of()) : List.of());
        model.addAttribute("ruleSet", service.rules(court, m));
        return "staff/person";
    }

    @GetMapping("/staff/ranking")
    String ranking(@RequestParam String court, @RequestParam(required = false) YearMonth month,
                   @RequestParam(required = false) Long run, @AuthenticationPrincipal CurrentUser user, Model model) {
        access.requireCourt(user, court);
        Chosen shown = Chosen.of(months, court, month == null ? service.defaultMonth() : month, run, true);
        model.addAttribute("month", shown.month());
        model.addAttribute("court", courtOf(court));
        model.addAttribute("shown", shown.shown());
        model.addAttribute("snapshot", shown.shown().snapshot());
        model.addAttribute("versions", months.versions(court, shown.month()));
        model.addAttribute("interviewRecords", interviews.ofMonth(court, shown.month()));
        model.addAttribute("isGroup", access.isGroupOf(user, court));
        model.addAttribute("canManage", access.canManage(user, court));
        model.addAttribute("passMark", service.rules(court, shown.month()).passMark());
        model.addAttribute("ruleSet", service.rules(court, shown.month()));
        model.addAttribute("today", java.time.LocalDate.now());
        model.addAttribute("courts", courts(user));
        return "staff/ranking";
    }

    @GetMapping("/staff/ranking/year")
    String yearToDate(@RequestParam String court, @RequestParam(required = false) YearMonth month,
                      @AuthenticationPrincipal CurrentUser user, Model model) {
        access.requireCourt(user, court);
        YearMonth m = month == null ? service.defaultMonth() : month;
        model.addAttribute("month", m);
        model.addAttribute("court", courtOf(court));
        model.addAttribute("ytd", year.yearToDate(court, m));
        model.addAttribute("passMark", service.rules(court, m).passMark());
        return "staff/year";
    }

    private Court courtOf(String code) {
        return service.data().courts().get(service.data().courts().indexOf(code));
    }
}
