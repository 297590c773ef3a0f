package cn.scorecard.app.admin;

import cn.scorecard.app.web.Messages;
import cn.scorecard.app.audit.AuditLog;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.Role;
import cn.scorecard.app.security.UserAccount;
import cn.scorecard.app.security.UserRepository;
import cn.scorecard.app.platform.ProvinceSource;
import cn.scorecard.app.web.ListExport;
import cn.scorecard.app.web.ListQuery;
import cn.scorecard.core.court.Courts;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import cn.scorecard.app.security.AccountSessions;
import cn.scorecard.app.security.AdminOnly;
import cn.scorecard.app.security.PasswordPolicy;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 用户管理: the administrator creates users, sets roles, courts and passwords, and disables accounts. A user is edited
 * in place (its row becomes the form); a refused save shows the form again with what was entered.
 */
@Controller
@AdminOnly
class UserAdminController {
    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final PasswordPolicy policy;
    private final AccountSessions sessions;
    private final ProvinceSource province;

    UserAdminController(UserRepository users, PasswordEncoder encoder, AuditLog audit, PasswordPolicy policy,
                        AccountSessions sessions, ProvinceSource province) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.policy = policy;
        this.sessions = sessions;
        this.province = province;
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(required = false) String edit, @Valid ListQuery query, Model model) {
        return page(model, query, users.find(edit == null ? "" : edit).map(UserForm::of).orElse(null), UserForm.blank(), null);
    }

    @GetMapping("/admin/users.xlsx")
    void export(@Valid ListQuery query, HttpServletResponse response) throws IOException {
        ListExport.write(response, Messages.text("users.title"), "users", Messages.text("users.title"), UserRows.LIST.apply(rows(), query));
    }

    /** The page with the list, the user being edited in place (or null) and the form for a new user. */
    private String page(Model model, ListQuery query, UserForm editing, UserForm fresh, String error) {
        model.addAttribute("list", UserRows.LIST.apply(rows(), query));
        model.addAttribute("editing", editing);
        model.addAttribute("fresh", fresh);
        model.addAttribute("error", error);
        model.addAttribute("roles", Role.values());
        model.addAttribute("courts", province.current().courts().all());
        return "admin/users";
    }

    private List<UserRows.Row> rows() {
        Courts courts = province.current().courts();
        return users.all().stream().map(u -> {
            int c = u.courtCode() == null ? -1 : courts.indexOf(u.courtCode());
            return new UserRows.Row(u, c < 0 ? null : courts.get(c).name());
        }).toList();
    }

    /** A refused save shows the page again with what was entered (never the password) and the reason. */
    private String again(Model model, String error, String username, String displayName, Role role, String courtCode,
                         String staffCode, boolean enabled) {
        UserForm entered = new UserForm(username, displayName, role, courtCode, staffCode, enabled,
                users.find(username.trim()).isPresent());
        return page(model, ListQuery.none(), entered.existing() ? entered : null, entered.existing() ? UserForm.blank() : entered,
                error);
    }

    @PostMapping("/admin/users")
    String save(@RequestParam String username, @RequestParam String displayName, @RequestParam Role role,
                @RequestParam(required = false) String courtCode, @RequestParam(required = false) String staffCode,
                @RequestParam(required = false) String password, @RequestParam(defaultValue = "false") boolean enabled,
                @AuthenticationPrincipal CurrentUser admin, RedirectAttributes flash, Model model) {
        String name = username.trim();
        if (!name.matches("[A-Za-z0-9_.-]{2,64}")) {
            return again(model, Messages.text("users.error.username"), username, displayName, role, courtCode, staffCode, enabled);
        }
        if (displayName.isBlank()) {
            return again(model, Messages.text("users.error.name"), username, displayName, role, courtCode, staffCode, enabled);
        }
        if (role != Role.ADMIN && role != Role.ASSESSOR && (courtCode == null || courtCode.isBlank())) {
            return again(model, Messages.text("users.error.court", role.label()), username, displayName, role, courtCode, staffCode, enabled);
        }
        var existing = users.find(name);
        boolean reset = password != null && !password.isEmpty();
        if (existing.isEmpty() && !reset) {
            return again(model, Messages.text("users.error.password"), username, displayName, role, courtCode, staffCode, enabled);
        }
        if (reset) {
            var problem = policy.problem(password, name);
            if (problem.isPresent()) {
                return again(model, problem.get(), username, displayName, role, courtCode, staffCode, enabled);
            }
        }
        // a password the administrator sets is a first password: the user chooses their own at the next sign-in
        String hash = reset ? encoder.encode(password) : existing.map(UserAccount::passwordHash).orElseThrow();
        UserAccount account = new UserAccount(name, displayName.trim(), hash, role, blankToNull(courtCode),
                blankToNull(staffCode), enabled, existing.map(UserAccount::createdAt).orElse(LocalDateTime.now()),
                reset || existing.map(UserAccount::mustChangePassword).orElse(false),
                existing.map(UserAccount::source).orElse(UserAccount.LOCAL));
        if (existing.isPresent()) users.update(account); else users.insert(account);
        audit.record(admin.username(), Messages.text(existing.isPresent() ? "users.audit.changed" : "users.audit.created"), "app_user", name, account.courtCode(),
                existing.map(UserAdminController::describe).orElse(null), describe(account));
        if (reset && existing.isPresent()) {
            audit.record(admin.username(), Messages.text("users.audit.reset"), "app_user", name, account.courtCode(), null,
                    Messages.text("users.audit.resetDetail"));
        }
        int ended = existing.isPresent() && existing.get().accessChangedIn(account) ? sessions.endAll(name) : 0;
        flash.addFlashAttribute("message", Messages.text("users.saved", name)
                + (ended > 0 ? Messages.text("users.sessionsEnded", String.valueOf(ended)) : ""));
        return "redirect:/admin/users";
    }

    /** The audit shows roles and scope, never password hashes. */
    private static String describe(UserAccount a) {
        return Messages.text("users.audit.detail", a.displayName(), a.role().label(), String.valueOf(a.courtCode()),
                String.valueOf(a.staffCode()), String.valueOf(a.enabled()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
