package cn.scorecard.app.periods;

import cn.scorecard.app.web.Jobs;
import org.springframework.stereotype.Component;

/** The computations of evaluation periods; each produces the id of a new draft version. */
@Component
class ComputeJobs extends Jobs<Long> {
    ComputeJobs() {
        super("compute-job");
    }
}
