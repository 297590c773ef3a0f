package cn.scorecard.app.warning;

import cn.scorecard.app.security.CourtScope;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.Role;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.court.Courts;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The access rules of the warnings, the same for the page and the API: an officer sees only the cases where they
 * are judge, assistant or clerk (their account's staff id on the roster), and asking for another officer is
 * refused, not silently narrowed; everyone else sees the courts {@link CourtScope} allows, and may narrow to a
 * court and an officer of those courts.
 */
@Component
class WarningAccess {
    private final CourtScope scope;

    WarningAccess(CourtScope scope) {
        this.scope = scope;
    }

    WarningScope resolve(CurrentUser user, WarningService.Snapshot s, String court, String staff) {
        Courts courts = s.data().courts();
        Set<Integer> indexes = new LinkedHashSet<>();
        if (court != null) {
            scope.require(user, court);
            indexes.add(courts.indexOf(court));
        } else {
            for (String code : scope.visibleCourts(user)) indexes.add(courts.indexOf(code));
        }
        if (user.role() == Role.OFFICER) {
            if (staff != null && !Objects.equals(staff, user.staffCode())) {
                throw new AccessDeniedException(Messages.text("warnings.error.ownOnly"));
            }
            int own = s.staff(user.staffCode());
            return new WarningScope(indexes, own, own < 0);
        }
        if (staff == null) return new WarningScope(indexes, -1, false);
        int index = s.staff(staff);
        if (index < 0) throw new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("warnings.error.unknownOfficer", staff));
        scope.require(user, courts.get(s.data().staff().get(index).court()).code());
        return new WarningScope(indexes, index, false);
    }
}
