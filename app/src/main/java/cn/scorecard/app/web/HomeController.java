package cn.scorecard.app.web;

import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page sends each role to where its work is. */
@Controller
class HomeController {
    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user) {
        if (user == null) return "redirect:/login";
        return switch (user.role()) {
            case ADMIN, ASSESSOR, COURT_ADMIN -> "redirect:/evaluation/ranking" + (user.is(Role.COURT_ADMIN) ? "?level=" + levelHint(user) : "");
            case OFFICER, STAFF_GROUP -> "redirect:/staff";
        };
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    private static String levelHint(CurrentUser user) {
        return "BASIC";
    }
}
