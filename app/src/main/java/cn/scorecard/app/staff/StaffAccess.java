package cn.scorecard.app.staff;

import static cn.scorecard.app.security.Role.ADMIN;
import static cn.scorecard.app.security.Role.COURT_ADMIN;
import static cn.scorecard.app.security.Role.OFFICER;
import static cn.scorecard.app.security.Role.STAFF_GROUP;

import cn.scorecard.app.security.AllowedRoles;
import cn.scorecard.app.security.CourtScope;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.Role;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.data.StaffMember;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may read and do what in the staff assessment: an officer reads only their own published results and
 * objections; the assessment group (考核领导小组) and court administrators read the people, drafts and versions of
 * their courts; the group of a court (and the system administrator) computes and publishes its months; only the
 * group of the court decides objections and records interviews. Assessors (third-party evaluators) read nothing
 * personal.
 */
@Component
public class StaffAccess {
    private final CourtScope scope;
    private final StaffResultService service;

    /** Everyone with a part in the staff assessment (officers read their own results). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @AllowedRoles({ADMIN, COURT_ADMIN, STAFF_GROUP, OFFICER})
    public @interface Everyone {
    }

    /** Those who read a court's people, drafts and versions (and, for the group and administrators, manage them). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @AllowedRoles({ADMIN, COURT_ADMIN, STAFF_GROUP})
    public @interface Managers {
    }

    /** Those who compute, publish and record: the court's assessment group, and the system administrator. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @AllowedRoles({ADMIN, STAFF_GROUP})
    public @interface Recorders {
    }

    /** An officer about their own results (my month, filing an objection). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @AllowedRoles(OFFICER)
    public @interface Officer {
    }

    /** The court's assessment group (考核领导小组) alone. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @AllowedRoles(STAFF_GROUP)
    public @interface Group {
    }

    StaffAccess(CourtScope scope, StaffResultService service) {
        this.scope = scope;
        this.service = service;
    }

    public boolean canRead(CurrentUser user, StaffMember person) {
        return switch (user.role()) {
            case OFFICER -> person.id().equals(user.staffCode());
            case ASSESSOR -> false;
            default -> scope.canSee(user, courtCode(person));
        };
    }

    /** The group, court administrators and administrators: they also see drafts and every version. */
    public static boolean manager(CurrentUser user) {
        return user.role() == Role.STAFF_GROUP || user.role() == Role.COURT_ADMIN || user.role() == Role.ADMIN;
    }

    /** The person, if the user may read their results: 404 for an unknown person, 403 for one the user may not see. */
    public StaffMember requirePerson(CurrentUser user, String staffId) {
        StaffMember person = service.member(staffId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("staff.error.unknownPerson", staffId)));
        if (!canRead(user, person)) throw new AccessDeniedException(Messages.text("staff.error.personDenied"));
        return person;
    }

    /** Reading a court's ranking, versions and objections. */
    public void requireCourt(CurrentUser user, String court) {
        if (!manager(user)) throw new AccessDeniedException(Messages.text("staff.error.rankingDenied"));
        scope.require(user, court);
    }

    /** Whether the user may read a court's ranking (the court picker offers only these). */
    public boolean canReadCourt(CurrentUser user, String court) {
        return manager(user) && scope.canSee(user, court);
    }

    /** Computing and publishing a court's month: its assessment group, or the system administrator. */
    public void requireManage(CurrentUser user, String court) {
        boolean group = user.role() == Role.STAFF_GROUP && court.equals(user.courtCode());
        if (!group && user.role() != Role.ADMIN) throw new AccessDeniedException(Messages.text("staff.error.groupOnlyRuns"));
    }

    /** Deciding objections and recording interviews: the court's assessment group only (办法 二（六）). */
    public void requireGroup(CurrentUser user, String court) {
        if (user.role() != Role.STAFF_GROUP || !court.equals(user.courtCode())) {
            throw new AccessDeniedException(Messages.text("staff.error.groupOnly"));
        }
    }

    public boolean isGroupOf(CurrentUser user, String court) {
        return user.role() == Role.STAFF_GROUP && court.equals(user.courtCode());
    }

    public boolean canManage(CurrentUser user, String court) {
        return isGroupOf(user, court) || user.role() == Role.ADMIN;
    }

    public String courtCode(StaffMember person) {
        return service.data().courts().get(person.court()).code();
    }
}
