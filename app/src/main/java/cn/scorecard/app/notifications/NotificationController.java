package cn.scorecard.app.notifications;

import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * 通知: the signed-in user's notices. Reading one (a POST, so it carries the CSRF token like every change) marks it
 * read and opens what it is about.
 */
@Controller
@SignedIn
class NotificationController {
    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("items", notifications.list(user.username(), 200));
        return "notifications/list";
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        String link = notifications.markRead(user.username(), id);
        // only links the application wrote itself are followed (they start with one slash)
        return link != null && link.startsWith("/") && !link.startsWith("//") ? "redirect:" + link : "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll(@AuthenticationPrincipal CurrentUser user) {
        notifications.markAllRead(user.username());
        return "redirect:/notifications";
    }
}
