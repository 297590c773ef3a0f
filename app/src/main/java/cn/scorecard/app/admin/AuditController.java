package cn.scorecard.app.admin;

import cn.scorecard.app.audit.AuditLog;
import cn.scorecard.app.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 审计日志: who changed what, when, before and after — each reader sees the entries {@link AuditAccess} allows. */
@Controller
@AuditAccess.Readers
class AuditController {
    private final AuditLog audit;
    private final AuditAccess access;

    AuditController(AuditLog audit, AuditAccess access) {
        this.audit = audit;
        this.access = access;
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String court, @RequestParam(required = false) String entity,
                 @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("entries", audit.visible(access.visibility(user), court, entity, 500));
        model.addAttribute("court", court);
        model.addAttribute("entity", entity);
        return "admin/audit";
    }
}
