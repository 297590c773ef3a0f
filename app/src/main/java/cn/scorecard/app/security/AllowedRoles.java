package cn.scorecard.app.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call a handler (on a method) or every handler of a controller (on the class; a method's
 * own annotation wins). Typed, so a role is never spelled as a string; features declare their role sets once as
 * meta-annotations (e.g. {@code @EvaluationAccess.Readers}) next to their access policy, which then decides the
 * court scope of each request. A handler with no such annotation is refused to everyone: see
 * {@link RoleAuthorization}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface AllowedRoles {
    Role[] value();
}
