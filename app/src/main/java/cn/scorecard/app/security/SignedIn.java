package cn.scorecard.app.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Any signed-in user, whatever the role (the start page, one's own notifications, one's own API tokens). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@AllowedRoles({Role.ADMIN, Role.ASSESSOR, Role.COURT_ADMIN, Role.STAFF_GROUP, Role.OFFICER})
public @interface SignedIn {
}
