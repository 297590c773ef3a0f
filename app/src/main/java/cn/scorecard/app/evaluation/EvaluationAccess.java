package cn.scorecard.app.evaluation;

import static cn.scorecard.app.security.Role.ADMIN;
import static cn.scorecard.app.security.Role.ASSESSOR;
import static cn.scorecard.app.security.Role.COURT_ADMIN;

import cn.scorecard.app.security.AllowedRoles;
import cn.scorecard.app.security.CourtScope;
import cn.scorecard.app.security.CurrentUser;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may read the court evaluation (pages, charts, exports, API): administrators and assessors every court, a
 * court administrator the court and the courts under it. The assessment group and officers have no part in it
 * (their work is the staff assessment).
 */
@Component
public class EvaluationAccess {
    private final CourtScope scope;

    EvaluationAccess(CourtScope scope) {
        this.scope = scope;
    }

    /** The roles that read evaluation results. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @AllowedRoles({ADMIN, ASSESSOR, COURT_ADMIN})
    public @interface Readers {
    }

    /** A court's results: 404 for an unknown court, 403 for one outside the user's scope. */
    public void requireCourt(CurrentUser user, String code) {
        scope.require(user, code);
    }

    public boolean canSee(CurrentUser user, String code) {
        return scope.canSee(user, code);
    }

    /** The codes of the courts whose results the user may see (rankings list only these). */
    public Set<String> visibleCourts(CurrentUser user) {
        return scope.visibleCourts(user);
    }
}
