package cn.scorecard.app.rules;

import static cn.scorecard.app.security.Role.ADMIN;
import static cn.scorecard.app.security.Role.STAFF_GROUP;

import cn.scorecard.app.security.AllowedRoles;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.Role;
import cn.scorecard.app.web.Messages;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who edits rules: the administrator every catalog and rule set; the 考核领导小组 the staff rule sets of its own court
 * (it may read and propose rule sets, and assign one to its court only). Catalog routes are {@code @AdminOnly}.
 */
final class RuleAccess {
    private RuleAccess() {
    }

    /** The rule pages and the staff rule sets: the administrator and the assessment groups. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @AllowedRoles({ADMIN, STAFF_GROUP})
    @interface StaffEditors {
    }

    /** An assessment group assigns rule sets to its own court only; the administrator to any court ('' = all). */
    static void requireCourt(CurrentUser user, String court) {
        if (user.role() == Role.ADMIN) return;
        if (court == null || !court.equals(user.courtCode())) {
            throw new AccessDeniedException(Messages.text("rules.error.ownCourtOnly"));
        }
    }

    static boolean admin(CurrentUser user) {
        return user.role() == Role.ADMIN;
    }
}
