package cn.scorecard.app.admin;

import cn.scorecard.app.web.Messages;
import cn.scorecard.app.audit.AuditLog;
import cn.scorecard.app.platform.ProvinceSource;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.UserAccount;
import cn.scorecard.app.security.UserRepository;
import cn.scorecard.app.web.ListExport;
import cn.scorecard.app.web.ListQuery;
import cn.scorecard.app.web.Listing;
import cn.scorecard.core.court.Courts;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 审计日志: who changed what, when, before and after — each reader sees the entries {@link AuditAccess} allows, and
 * filters, searches, sorts and exports within them (the newest {@value #NEWEST} entries the filters of court and
 * kind leave; the page says when there are more).
 */
@Controller
@AuditAccess.Readers
class AuditController {
    static final int NEWEST = 1000;
    private final AuditLog audit;
    private final AuditAccess access;
    private final ProvinceSource province;
    private final UserRepository users;

    AuditController(AuditLog audit, AuditAccess access, ProvinceSource province, UserRepository users) {
        this.audit = audit;
        this.access = access;
        this.province = province;
        this.users = users;
    }

    @GetMapping("/audit")
    String audit(@Valid AuditFilter filter, @Valid ListQuery query, @AuthenticationPrincipal CurrentUser user, Model model) {
        List<AuditRows.Row> visible = rows(filter, user);
        Listing<AuditRows.Row> list = AuditRows.LIST.apply(visible.stream().filter(filter::admits).toList(), query);
        model.addAttribute("list", list);
        model.addAttribute("filter", filter);
        model.addAttribute("capped", visible.size() >= NEWEST);
        model.addAttribute("kinds", AuditRows.KINDS);
        model.addAttribute("actors", visible.stream().map(r -> r.entry().actor()).collect(Collectors.toCollection(TreeSet::new)));
        model.addAttribute("courts", courts(user));
        return "admin/audit";
    }

    @GetMapping("/audit.xlsx")
    void export(@Valid AuditFilter filter, @Valid ListQuery query, @AuthenticationPrincipal CurrentUser user,
                HttpServletResponse response) throws IOException {
        Listing<AuditRows.Row> list = AuditRows.LIST.apply(rows(filter, user).stream().filter(filter::admits).toList(), query);
        ListExport.write(response, Messages.text("audit.title"), "audit", Messages.text("audit.title") + filter.describe(), list);
    }

    /** The newest entries the reader may see, of the court and kind asked for, with their names. */
    private List<AuditRows.Row> rows(AuditFilter filter, CurrentUser user) {
        Courts courts = province.current().courts();
        Map<String, String> names = users.all().stream().collect(Collectors.toMap(UserAccount::username,
                UserAccount::displayName, (a, b) -> a));
        return audit.visible(access.visibility(user), filter.court(), filter.kind(), NEWEST).stream().map(e -> {
            int c = e.courtCode() == null ? -1 : courts.indexOf(e.courtCode());
            return new AuditRows.Row(e, AuditRows.kind(e.entity()), c < 0 ? null : courts.get(c).name(), names.get(e.actor()));
        }).toList();
    }

    /** The courts the filter offers: those of the reader's scope (code → name). */
    private Map<String, String> courts(CurrentUser user) {
        Map<String, String> out = new LinkedHashMap<>();
        Courts courts = province.current().courts();
        for (String code : access.courts(user)) out.put(code, courts.get(courts.indexOf(code)).name());
        return out;
    }
}
