package cn.scorecard.app.admin;

import cn.scorecard.app.audit.AuditLog;
import cn.scorecard.app.security.AdminOnly;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 审计日志校验: the administrator checks the audit log's hash chain (the same check as {@code scorecard audit verify}). */
@Controller
@AdminOnly
class AuditVerifyController {
    private final AuditLog audit;

    AuditVerifyController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit/verify")
    String verify(Model model) {
        model.addAttribute("result", audit.verify());
        return "admin/audit-verify";
    }
}
