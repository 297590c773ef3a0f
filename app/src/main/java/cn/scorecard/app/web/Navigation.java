package cn.scorecard.app.web;

import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.Role;
import cn.scorecard.app.security.RoleAuthorization;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The navigation bar's entries. Whether a user sees an entry is read from the {@link cn.scorecard.app.security.AllowedRoles}
 * of the page it links to, so the menu can never offer a page the user would be refused, nor hide one they may open.
 */
@Component("navigation")
@ConditionalOnWebApplication
public class Navigation {
    /** Element id, label key, path. */
    private static final List<String[]> ENTRIES = List.of(
            new String[] {"nav-ranking", "nav.entry.ranking", "/evaluation/ranking"},
            new String[] {"nav-compare", "nav.entry.compare", "/evaluation/compare"},
            new String[] {"nav-evidence", "nav.entry.evidence", "/evidence"},
            new String[] {"nav-periods", "nav.entry.periods", "/periods"},
            new String[] {"nav-import", "nav.entry.import", "/import"},
            new String[] {"nav-staff", "nav.entry.staff", "/staff"},
            new String[] {"nav-records", "nav.entry.records", "/staff/records"},
            new String[] {"nav-objections", "nav.entry.objections", "/staff/objections"},
            new String[] {"nav-warnings", "nav.entry.warnings", "/warnings"},
            new String[] {"nav-rules", "nav.entry.rules", "/rules"},
            new String[] {"nav-audit", "nav.entry.audit", "/audit"},
            new String[] {"nav-users", "nav.entry.users", "/admin/users"});
    private final RequestMappingHandlerMapping mapping;
    private volatile List<Entry> entries;

    Navigation(RequestMappingHandlerMapping requestMappingHandlerMapping) {
        this.mapping = requestMappingHandlerMapping;
    }

    /** One entry: its element id, label, path and the roles its page admits. */
    public record Entry(String id, String label, String path, Set<Role> roles) {
    }

    /** The entries the signed-in user may open, in menu order; none for anybody else. */
    public List<Entry> items(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) return List.of();
        return entries().stream().filter(e -> e.roles().contains(user.role())).toList();
    }

    private List<Entry> entries() {
        List<Entry> e = entries;
        if (e == null) {
            e = ENTRIES.stream().map(x -> new Entry(x[0], Messages.text(x[1]), x[2], rolesOf(x[2]))).toList();
            entries = e;
        }
        return e;
    }

    private Set<Role> rolesOf(String path) {
        for (Map.Entry<RequestMappingInfo, HandlerMethod> m : mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = m.getKey();
            boolean get = info.getMethodsCondition().getMethods().isEmpty()
                    || info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
            if (get && info.getPatternValues().contains(path)) {
                HandlerMethod h = m.getValue();
                return RoleAuthorization.allowed(h.getMethod(), h.getBeanType()).orElse(Set.of());
            }
        }
        throw new IllegalStateException(Messages.text("nav.entry.noPage", path));
    }
}
