package cn.scorecard.app.security;

import cn.scorecard.app.messages.Bundle;
import cn.scorecard.app.platform.ProvinceSource;
import cn.scorecard.core.court.Courts;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which courts' data a user may read and change: administrators and assessors all courts; a court
 * administrator the court and every court under it; the assessment group and officers their own court.
 * Every controller and API call goes through here, so a user of one court cannot reach another court's
 * data by URL, by guessing ids or through the API.
 */
@Component
public class CourtScope {
    private final ProvinceSource province;

    CourtScope(ProvinceSource province) {
        this.province = province;
    }

    public boolean canSee(CurrentUser user, String courtCode) {
        return visibleCourts(user).contains(courtCode);
    }

    /** An unknown court is 404 (court codes are no secret); a court outside the user's scope 403. */
    public void require(CurrentUser user, String courtCode) {
        if (courtCode == null || province.current().courts().indexOf(courtCode) < 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, Bundle.text("common.noCourt", courtCode));
        }
        if (!canSee(user, courtCode)) throw new AccessDeniedException(Bundle.text("error.courtDenied"));
    }

    /** The codes of the courts the user may see, in the data set's order. */
    public Set<String> visibleCourts(CurrentUser user) {
        Courts courts = province.current().courts();
        Set<String> out = new LinkedHashSet<>();
        if (user.role() == Role.ADMIN || user.role() == Role.ASSESSOR) {
            courts.all().forEach(c -> out.add(c.code()));
            return out;
        }
        int own = user.courtCode() == null ? -1 : courts.indexOf(user.courtCode());
        if (own < 0) return out;
        if (user.role() == Role.COURT_ADMIN) {
            addWithDescendants(courts, own, out);
        } else {
            out.add(user.courtCode());
        }
        return out;
    }

    private static void addWithDescendants(Courts courts, int court, Set<String> out) {
        out.add(courts.get(court).code());
        for (int child : courts.childrenOf(court)) addWithDescendants(courts, child, out);
    }
}
