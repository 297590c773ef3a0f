package cn.scorecard.app.admin;

import static cn.scorecard.app.security.Role.ADMIN;
import static cn.scorecard.app.security.Role.ASSESSOR;
import static cn.scorecard.app.security.Role.COURT_ADMIN;
import static cn.scorecard.app.security.Role.STAFF_GROUP;

import cn.scorecard.app.audit.AuditCategory;
import cn.scorecard.app.audit.AuditLog.Visibility;
import cn.scorecard.app.security.AllowedRoles;
import cn.scorecard.app.security.CourtScope;
import cn.scorecard.app.security.CurrentUser;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may read which audit entries. The administrator reads everything. The assessors read the evaluation's
 * entries (results, evidence, imports) of every court, but nothing of the staff assessment (named officers'
 * scores are personal) and nothing about accounts. A court administrator reads the evaluation and staff entries of
 * the courts in scope; the assessment group the staff entries of its own court. Officers read none.
 */
@Component
class AuditAccess {
    private final CourtScope scope;

    AuditAccess(CourtScope scope) {
        this.scope = scope;
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @AllowedRoles({ADMIN, ASSESSOR, COURT_ADMIN, STAFF_GROUP})
    @interface Readers {
    }

    /** The courts a reader's filter offers (the log itself is narrowed by {@link #visibility}). */
    Set<String> courts(CurrentUser user) {
        return scope.visibleCourts(user);
    }

    Visibility visibility(CurrentUser user) {
        return switch (user.role()) {
            case ADMIN -> Visibility.everything();
            case ASSESSOR -> new Visibility(EnumSet.of(AuditCategory.EVALUATION), null);
            case COURT_ADMIN -> new Visibility(EnumSet.of(AuditCategory.EVALUATION, AuditCategory.STAFF),
                    scope.visibleCourts(user));
            case STAFF_GROUP -> new Visibility(EnumSet.of(AuditCategory.STAFF), Set.of(user.courtCode()));
            case OFFICER -> new Visibility(EnumSet.noneOf(AuditCategory.class), Set.of());
        };
    }
}
