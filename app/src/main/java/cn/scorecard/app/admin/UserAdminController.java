package cn.scorecard.app.admin;

import cn.scorecard.app.audit.AuditLog;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.Role;
import cn.scorecard.app.security.UserAccount;
import cn.scorecard.app.security.UserRepository;
import java.time.LocalDateTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 用户管理: the administrator creates users, sets roles, courts and passwords, and disables accounts. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {
    private static final int MIN_PASSWORD = 8;
    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    UserAdminController(UserRepository users, PasswordEncoder encoder, AuditLog audit) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", users.all());
        model.addAttribute("roles", Role.values());
        return "admin/users";
    }

    @PostMapping("/admin/users")
    String save(@RequestParam String username, @RequestParam String displayName, @RequestParam Role role,
                @RequestParam(required = false) String courtCode, @RequestParam(required = false) String staffCode,
                @RequestParam(required = false) String password, @RequestParam(defaultValue = "false") boolean enabled,
                @AuthenticationPrincipal CurrentUser admin, RedirectAttributes flash) {
        String name = username.trim();
        if (!name.matches("[A-Za-z0-9_.-]{2,64}")) {
            flash.addFlashAttribute("error", "用户名只能包含字母、数字、点、下划线和连字符（2–64 位）");
            return "redirect:/admin/users";
        }
        if (role != Role.ADMIN && role != Role.ASSESSOR && (courtCode == null || courtCode.isBlank())) {
            flash.addFlashAttribute("error", role.label() + "必须指定所属法院");
            return "redirect:/admin/users";
        }
        var existing = users.find(name);
        if (existing.isEmpty() && (password == null || password.length() < MIN_PASSWORD)) {
            flash.addFlashAttribute("error", "新用户的密码至少 " + MIN_PASSWORD + " 位");
            return "redirect:/admin/users";
        }
        if (password != null && !password.isEmpty() && password.length() < MIN_PASSWORD) {
            flash.addFlashAttribute("error", "密码至少 " + MIN_PASSWORD + " 位");
            return "redirect:/admin/users";
        }
        String hash = password == null || password.isEmpty() ? existing.map(UserAccount::passwordHash).orElseThrow()
                : encoder.encode(password);
        UserAccount account = new UserAccount(name, displayName.trim(), hash, role, blankToNull(courtCode),
                blankToNull(staffCode), enabled, existing.map(UserAccount::createdAt).orElse(LocalDateTime.now()));
        if (existing.isPresent()) users.update(account); else users.insert(account);
        audit.record(admin.username(), existing.isPresent() ? "修改用户" : "新建用户", "app_user", name, account.courtCode(),
                existing.map(UserAdminController::describe).orElse(null), describe(account));
        if (existing.isPresent() && password != null && !password.isEmpty()) {
            // the reset itself is the event; neither the password nor its hash is ever written to the log
            audit.record(admin.username(), "重置密码", "app_user", name, account.courtCode(), null, "{密码=已由管理员重置}");
        }
        flash.addFlashAttribute("message", "已保存用户 " + name);
        return "redirect:/admin/users";
    }

    /** The audit shows roles and scope, never password hashes. */
    private static String describe(UserAccount a) {
        return "{姓名=" + a.displayName() + ", 角色=" + a.role().label() + ", 法院=" + a.courtCode() + ", 人员=" + a.staffCode()
                + ", 启用=" + a.enabled() + "}";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
