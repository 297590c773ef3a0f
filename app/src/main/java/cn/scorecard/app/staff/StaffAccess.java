package cn.scorecard.app.staff;

import cn.scorecard.app.security.CourtScope;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.Role;
import cn.scorecard.core.data.StaffMember;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read whose staff results: an officer only their own; the assessment group (考核领导小组) and court
 * administrators the people of their courts; system administrators everyone. Assessors (third-party
 * evaluators) do not read personal results.
 */
@Component
class StaffAccess {
    private final CourtScope scope;
    private final StaffResultService service;

    StaffAccess(CourtScope scope, StaffResultService service) {
        this.scope = scope;
        this.service = service;
    }

    boolean canRead(CurrentUser user, StaffMember person) {
        return switch (user.role()) {
            case OFFICER -> person.id().equals(user.staffCode());
            case ASSESSOR -> false;
            default -> scope.canSee(user, courtCode(person));
        };
    }

    void requirePerson(CurrentUser user, String staffId) {
        StaffMember person = service.member(staffId).orElseThrow(() -> new AccessDeniedException("无权查看该人员的考核结果"));
        if (!canRead(user, person)) throw new AccessDeniedException("无权查看该人员的考核结果");
    }

    void requireCourt(CurrentUser user, String court) {
        if (user.role() == Role.OFFICER || user.role() == Role.ASSESSOR) throw new AccessDeniedException("无权查看本院考核排名");
        scope.require(user, court);
    }

    String courtCode(StaffMember person) {
        return service.data().courts().get(person.court()).code();
    }
}
