package cn.scorecard.app.evidence;

import static cn.scorecard.app.security.Role.ADMIN;
import static cn.scorecard.app.security.Role.ASSESSOR;
import static cn.scorecard.app.security.Role.COURT_ADMIN;

import cn.scorecard.app.security.AllowedRoles;
import cn.scorecard.app.security.CourtScope;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.web.Messages;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the evidence (佐证材料): a court administrator reads, uploads and comments for the courts
 * in scope; assessors and administrators do the same for every court and alone record the finding.
 */
@Component
class EvidenceAccess {
    private final CourtScope scope;

    EvidenceAccess(CourtScope scope) {
        this.scope = scope;
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @AllowedRoles({ADMIN, ASSESSOR, COURT_ADMIN})
    @interface Participants {
    }

    /** Reading, uploading and commenting on a court's evidence: 404 unknown court, 403 outside the scope. */
    void requireCourt(CurrentUser user, String court) {
        scope.require(user, court);
    }

    boolean canSee(CurrentUser user, String court) {
        return scope.canSee(user, court);
    }

    boolean mayAssess(CurrentUser user) {
        return user.role() == ADMIN || user.role() == ASSESSOR;
    }

    /** Recording a finding: the assessors (and administrators), for a court they can see. */
    void requireAssess(CurrentUser user, String court) {
        requireCourt(user, court);
        if (!mayAssess(user)) throw new AccessDeniedException(Messages.text("evidence.error.assessorsOnly"));
    }
}
