package cn.scorecard.app.staff;

import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.Role;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.staff.MonthlyAssessment;
import cn.scorecard.core.staff.PersonResult;
import java.time.YearMonth;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 干警考核: my month, a person's month, and a court's monthly ranking with interviews and accountability. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','COURT_ADMIN','STAFF_GROUP','OFFICER')")
class StaffController {
    private final StaffResultService service;
    private final StaffAccess access;

    StaffController(StaffResultService service, StaffAccess access) {
        this.service = service;
        this.access = access;
    }

    @GetMapping("/staff")
    String start(@AuthenticationPrincipal CurrentUser user) {
        if (user.role() == Role.OFFICER) return "redirect:/staff/me";
        String court = user.courtCode() == null ? service.data().courts().get(service.data().courts().size() - 1).code()
                : user.courtCode();
        return "redirect:/staff/ranking?court=" + java.net.URLEncoder.encode(court, java.nio.charset.StandardCharsets.UTF_8);
    }

    @GetMapping("/staff/me")
    String me(@RequestParam(required = false) YearMonth month, @AuthenticationPrincipal CurrentUser user, Model model) {
        if (user.staffCode() == null) throw new AccessDeniedException("当前账号未关联人员");
        return person(user.staffCode(), month, user, model);
    }

    @GetMapping("/staff/people/{staffId}")
    String person(@PathVariable String staffId, @RequestParam(required = false) YearMonth month,
                  @AuthenticationPrincipal CurrentUser user, Model model) {
        access.requirePerson(user, staffId);
        YearMonth m = month == null ? service.defaultMonth() : month;
        StaffMember member = service.member(staffId).orElseThrow();
        model.addAttribute("month", m);
        model.addAttribute("member", member);
        model.addAttribute("court", service.data().courts().get(member.court()));
        model.addAttribute("result", service.person(staffId, m).orElse(null));
        model.addAttribute("year", service.yearOf(staffId, m));
        model.addAttribute("passMark", service.rules().passMark());
        model.addAttribute("self", staffId.equals(user.staffCode()));
        return "staff/person";
    }

    @GetMapping("/staff/ranking")
    String ranking(@RequestParam String court, @RequestParam(required = false) YearMonth month,
                   @AuthenticationPrincipal CurrentUser user, Model model) {
        access.requireCourt(user, court);
        YearMonth m = month == null ? service.defaultMonth() : month;
        MonthlyAssessment a = service.month(m);
        int courtIndex = service.data().courts().indexOf(court);
        List<PersonResult> people = a.people().stream().filter(p -> p.court() == courtIndex)
                .sorted(java.util.Comparator.comparing((PersonResult p) -> p.role().ordinal())
                        .thenComparing(p -> p.rank() == null ? Integer.MAX_VALUE : p.rank()))
                .toList();
        model.addAttribute("month", m);
        model.addAttribute("court", service.data().courts().get(courtIndex));
        model.addAttribute("people", people);
        model.addAttribute("teams", a.teams().stream().filter(t -> t.court() == courtIndex)
                .sorted(java.util.Comparator.comparing(t -> t.rank() == null ? Integer.MAX_VALUE : t.rank())).toList());
        model.addAttribute("interviews", a.interviews().stream().filter(i -> i.court() == courtIndex).toList());
        model.addAttribute("accountable", people.stream().filter(PersonResult::accountability).toList());
        model.addAttribute("passMark", service.rules().passMark());
        model.addAttribute("ruleSet", service.rules());
        return "staff/ranking";
    }
}
