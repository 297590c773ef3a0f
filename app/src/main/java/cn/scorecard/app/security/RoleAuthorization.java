package cn.scorecard.app.security;

import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * Decides a call to a controller by its {@link AllowedRoles} (on the method, else on the class, directly or through
 * a feature's meta-annotation). Fail-closed: a controller handler that declares neither roles nor {@link Public} is
 * refused to everyone, so a new route cannot be reachable by accident.
 */
public final class RoleAuthorization implements AuthorizationManager<MethodInvocation> {

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, MethodInvocation invocation) {
        Class<?> type = AopUtils.getTargetClass(invocation.getThis());
        Method method = AopUtils.getMostSpecificMethod(invocation.getMethod(), type);
        if (isPublic(method, type)) return new AuthorizationDecision(true);
        Optional<Set<Role>> roles = allowed(method, type);
        if (roles.isEmpty()) return new AuthorizationDecision(false);
        Authentication auth = authentication.get();
        boolean granted = auth != null && auth.isAuthenticated() && auth.getAuthorities().stream()
                .anyMatch(a -> roles.get().stream().anyMatch(r -> r.authority().equals(a.getAuthority())));
        return new AuthorizationDecision(granted);
    }

    /** The roles declared for a handler, method before class; empty when none is declared. */
    public static Optional<Set<Role>> allowed(Method method, Class<?> type) {
        MergedAnnotation<AllowedRoles> onMethod = MergedAnnotations.from(method, SearchStrategy.DIRECT).get(AllowedRoles.class);
        MergedAnnotation<AllowedRoles> found = onMethod.isPresent() ? onMethod
                : MergedAnnotations.from(type, SearchStrategy.TYPE_HIERARCHY).get(AllowedRoles.class);
        if (!found.isPresent()) return Optional.empty();
        Role[] roles = found.getEnumArray("value", Role.class);
        return Optional.of(roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles));
    }

    public static boolean isPublic(Method method, Class<?> type) {
        return MergedAnnotations.from(method, SearchStrategy.DIRECT).isPresent(Public.class)
                || MergedAnnotations.from(type, SearchStrategy.TYPE_HIERARCHY).isPresent(Public.class);
    }

    /** Controllers are the methods this manager guards (services are guarded by the policies their callers use). */
    static boolean isController(Class<?> type) {
        return MergedAnnotations.from(type, SearchStrategy.TYPE_HIERARCHY).isPresent(Controller.class);
    }
}
