package cn.scorecard.app.admin;

import cn.scorecard.app.audit.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 审计日志: administrators and assessors read who changed what, when, before and after. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','ASSESSOR')")
class AuditController {
    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String court, @RequestParam(required = false) String entity, Model model) {
        model.addAttribute("entries", audit.recent(court, entity, 500));
        model.addAttribute("court", court);
        model.addAttribute("entity", entity);
        return "admin/audit";
    }
}
