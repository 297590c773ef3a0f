package cn.scorecard.app.account;

import cn.scorecard.app.audit.AuditLog;
import cn.scorecard.app.security.AdminOnly;
import cn.scorecard.app.security.ApiTokens;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.Role;
import cn.scorecard.app.security.SignedIn;
import cn.scorecard.app.security.UserRepository;
import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDateTime;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 访问令牌: a user creates and revokes their own API tokens; the administrator sees every token, creates one for a
 * user and revokes any. A new token's secret is shown once, on the page after creating it.
 */
@Controller
class TokenController {
    private final ApiTokens tokens;
    private final UserRepository users;
    private final AuditLog audit;

    TokenController(ApiTokens tokens, UserRepository users, AuditLog audit) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
    }

    @GetMapping("/account/tokens")
    @SignedIn
    String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
        return page(model, tokens.of(user.username()), false);
    }

    @PostMapping("/account/tokens")
    @SignedIn
    String createMine(@RequestParam String name, @RequestParam ApiTokens.Scope scope,
                      @RequestParam(defaultValue = "90") @Min(1) @Max(365) int days,
                      @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        create(user.username(), name, scope, days, user, flash);
        return "redirect:/account/tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    @SignedIn
    String revokeMine(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        ApiTokens.Token t = found(id);
        if (!t.username().equals(user.username())) throw new AccessDeniedException(Messages.text("token.error.notOwn"));
        revoke(t, user, flash);
        return "redirect:/account/tokens";
    }

    @GetMapping("/admin/tokens")
    @AdminOnly
    String all(Model model) {
        model.addAttribute("users", users.all());
        return page(model, tokens.all(), true);
    }

    @PostMapping("/admin/tokens")
    @AdminOnly
    String createFor(@RequestParam String username, @RequestParam String name, @RequestParam ApiTokens.Scope scope,
                     @RequestParam(defaultValue = "90") @Min(1) @Max(365) int days,
                     @AuthenticationPrincipal CurrentUser admin, RedirectAttributes flash) {
        if (users.find(username).isEmpty()) throw new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("users.error.unknown", username));
        create(username, name, scope, days, admin, flash);
        return "redirect:/admin/tokens";
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    @AdminOnly
    String revokeAny(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin, RedirectAttributes flash) {
        revoke(found(id), admin, flash);
        return "redirect:/admin/tokens";
    }

    private String page(Model model, java.util.List<ApiTokens.Token> list, boolean admin) {
        model.addAttribute("tokens", list);
        model.addAttribute("admin", admin);
        model.addAttribute("now", LocalDateTime.now());
        model.addAttribute("scopes", ApiTokens.Scope.values());
        return "account/tokens";
    }

    private void create(String username, String name, ApiTokens.Scope scope, int days, CurrentUser actor,
                        RedirectAttributes flash) {
        try {
            ApiTokens.Created c = tokens.create(username, name, scope, days, actor.username());
            audit.record(actor.username(), Messages.text("token.audit.created"), "api_token", String.valueOf(c.token().id()),
                    users.find(username).map(u -> u.courtCode()).orElse(null), null,
                    Messages.text("token.audit.createdDetail", username, c.token().name(), scope.label(),
                            Formats.date(c.token().expiresAt().toLocalDate()), c.token().prefix()));
            flash.addFlashAttribute("secret", c.secret());
            flash.addFlashAttribute("message", Messages.text("token.created", c.token().name()));
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
    }

    private void revoke(ApiTokens.Token t, CurrentUser actor, RedirectAttributes flash) {
        if (tokens.revoke(t.id(), actor.username())) {
            audit.record(actor.username(), Messages.text("token.audit.revoked"), "api_token", String.valueOf(t.id()),
                    users.find(t.username()).map(u -> u.courtCode()).orElse(null), Messages.text("token.audit.revokedBefore", t.username(), t.name()),
                    Messages.text("token.audit.revokedAfter"));
        }
        flash.addFlashAttribute("message", Messages.text("token.revoked", t.name()));
    }

    private ApiTokens.Token found(long id) {
        return tokens.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("token.error.unknown", String.valueOf(id))));
    }

}
