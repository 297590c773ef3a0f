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
    private static final List<String[]> ENTRIES = List.of(
            new String[] {"nav-ranking", "评估排名", "/evaluation/ranking"},
            new String[] {"nav-compare", "法院对比", "/evaluation/compare"},
            new String[] {"nav-evidence", "佐证材料", "/evidence"},
            new String[] {"nav-periods", "评估期间", "/periods"},
            new String[] {"nav-import", "数据导入", "/import"},
            new String[] {"nav-staff", "干警考核", "/staff"},
            new String[] {"nav-records", "考核记录", "/staff/records"},
            new String[] {"nav-objections", "异议复核", "/staff/objections"},
            new String[] {"nav-warnings", "预警", "/warnings"},
            new String[] {"nav-rules", "规则版本", "/rules"},
            new String[] {"nav-audit", "审计日志", "/audit"},
            new String[] {"nav-users", "用户管理", "/admin/users"});
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
            e = ENTRIES.stream().map(x -> new Entry(x[0], x[1], x[2], rolesOf(x[2]))).toList();
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
        throw new IllegalStateException("导航项没有对应的页面：" + path);
    }
}
