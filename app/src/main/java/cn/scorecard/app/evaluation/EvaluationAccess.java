package cn.scorecard.app.evaluation;

import cn.scorecard.app.web.Messages;
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
import java.util.List;
import java.util.Set;
import cn.scorecard.app.platform.ProvinceSource;
import cn.scorecard.core.court.Court;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.court.Courts;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.stereotype.Component;

/**
 * Who may read the court evaluation (pages, charts, exports, API): administrators and assessors every court, a
 * court administrator the court and the courts under it, and the totals and area scores of any court of the same
 * level (to compare itself with its peers). The assessment group and officers have no part in it (their work is
 * the staff assessment).
 */
@Component
public class EvaluationAccess {
    private final CourtScope scope;
    private final ProvinceSource province;

    EvaluationAccess(CourtScope scope, ProvinceSource province) {
        this.scope = scope;
        this.province = province;
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

    /**
     * Comparing a court with a peer: the court must be in the user's scope; the peer may be any court of the same
     * level, since a comparison shows only totals and area scores (never another court's cases or indicators).
     */
    public void requirePeer(CurrentUser user, String court, String peer) {
        scope.require(user, court);
        if (scope.canSee(user, peer)) return;
        Courts courts = province.current().courts();
        int p = peer == null ? -1 : courts.indexOf(peer);
        if (p < 0) throw new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("common.noCourt", peer));
        if (courts.get(p).level() != courts.get(courts.indexOf(court)).level()) {
            throw new AccessDeniedException(Messages.text("compare.peerLevel"));
        }
    }

    /** The courts a court may be compared with: every court of its level (totals and area scores only). */
    public List<Court> peers(String court) {
        Courts courts = province.current().courts();
        CourtLevel level = courts.get(courts.indexOf(court)).level();
        return courts.all().stream().filter(c -> c.level() == level && !c.code().equals(court)).toList();
    }

    public boolean canSee(CurrentUser user, String code) {
        return scope.canSee(user, code);
    }

    /** The codes of the courts whose results the user may see (rankings list only these). */
    public Set<String> visibleCourts(CurrentUser user) {
        return scope.visibleCourts(user);
    }
}
