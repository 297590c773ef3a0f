package cn.scorecard.app.web;

import cn.scorecard.app.platform.ProvinceSource;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.Public;
import cn.scorecard.app.security.SignedIn;
import cn.scorecard.core.court.Courts;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page sends each role to where its work is. */
@Controller
class HomeController {
    private final ProvinceSource province;

    HomeController(ProvinceSource province) {
        this.province = province;
    }

    @GetMapping("/")
    @SignedIn
    String home(@AuthenticationPrincipal CurrentUser user) {
        if (user == null) return "redirect:/login";
        return switch (user.role()) {
            case ADMIN, ASSESSOR -> "redirect:/evaluation/ranking";
            case COURT_ADMIN -> "redirect:/evaluation/ranking?level=" + levelOf(user.courtCode());
            case OFFICER, STAFF_GROUP -> "redirect:/staff";
        };
    }

    @GetMapping("/login")
    @Public
    String login() {
        return "login";
    }

    /** A court administrator starts at the ranking of their own court's level. */
    private String levelOf(String courtCode) {
        Courts courts = province.current().courts();
        int i = courtCode == null ? -1 : courts.indexOf(courtCode);
        return i < 0 ? "BASIC" : courts.get(i).level().name();
    }
}
