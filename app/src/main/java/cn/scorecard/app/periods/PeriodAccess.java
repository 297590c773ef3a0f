package cn.scorecard.app.periods;

import cn.scorecard.app.web.Messages;
import static cn.scorecard.app.security.Role.ADMIN;
import static cn.scorecard.app.security.Role.ASSESSOR;

import cn.scorecard.app.platform.runs.ResultRun;
import cn.scorecard.app.platform.runs.ResultRuns;
import cn.scorecard.app.platform.runs.RunKind;
import cn.scorecard.app.security.AllowedRoles;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may compute, review and publish evaluation periods: administrators and the assessors, over the whole
 * province (an evaluation run covers every court). The period pages act on evaluation runs only: the id of a staff
 * month is unknown here (404), so an assessor can neither read nor publish a court's staff assessment through them.
 */
@Component
class PeriodAccess {
    private final ResultRuns runs;

    PeriodAccess(ResultRuns runs) {
        this.runs = runs;
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @AllowedRoles({ADMIN, ASSESSOR})
    @interface Managers {
    }

    /** An evaluation run by id; 404 for an unknown id and for a run of any other kind. */
    ResultRun evaluationRun(long id) {
        return runs.get(id, RunKind.EVALUATION)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("period.noRun", String.valueOf(id))));
    }
}
