package cn.scorecard.app.export;

import cn.scorecard.app.web.Jobs;
import org.springframework.stereotype.Component;

/** Court reports being laid out in the background; each ends with the address of its download. */
@Component
class ReportJobs extends Jobs<String> {
    ReportJobs() {
        super("report-job");
    }
}
