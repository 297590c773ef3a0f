package cn.scorecard.app.account;

import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.Public;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 修改密码: a signed-in user changes their password; a user whose password must be changed (the sign-in sent them
 * here) proves it with the current one first. Public, because the second kind is not signed in yet.
 */
@Controller
@Public
class AccountController {
    private final PasswordChange change;

    AccountController(PasswordChange change) {
        this.change = change;
    }

    @GetMapping("/account/password")
    String form(@RequestParam(required = false) String username, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("username", user != null ? user.username() : username);
        model.addAttribute("signedIn", user != null);
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(@RequestParam String username, @RequestParam String current, @RequestParam String chosen,
                  @RequestParam String repeated, @AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
                  Model model) {
        String who = user != null ? user.username() : username;
        Optional<String> problem = change.change(who, current, chosen, repeated, request.getRemoteAddr());
        if (problem.isPresent()) {
            model.addAttribute("username", who);
            model.addAttribute("signedIn", user != null);
            model.addAttribute("error", problem.get());
            return "account/password";
        }
        return "redirect:/login?changed";
    }
}
