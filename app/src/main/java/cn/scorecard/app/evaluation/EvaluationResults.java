package cn.scorecard.app.evaluation;

import cn.scorecard.app.platform.runs.ResultRun;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.core.metric.Period;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Chooses the results a page shows: the published version of the period or the live computation, by the
 * {@code view} parameter and the user's default (see {@link ResultView}). Asked for the published version of a
 * period that has none, it shows the live results and says so.
 */
@Service
public class EvaluationResults {
    private final EvaluationService service;
    private final PublishedResults published;

    EvaluationResults(EvaluationService service, PublishedResults published) {
        this.service = service;
        this.published = published;
    }

    public Shown shown(PeriodParam period, CurrentUser user, String view) {
        return shown(period.period(), ResultView.of(view, user), ResultView.defaultFor(user));
    }

    /** The same view for another period (the year before, for the change). */
    public Shown same(Shown shown, PeriodParam period) {
        return shown(period.period(), shown.asked(), shown.userDefault());
    }

    /** The live results, stated as such (the lists of records behind a value are always live). */
    public Shown live(PeriodParam period, CurrentUser user) {
        return shown(period.period(), ResultView.LIVE, ResultView.defaultFor(user), true);
    }

    /** The live results for no one in particular (a warm-up that renders what users will ask for). */
    public Shown live(PeriodParam period) {
        return shown(period.period(), ResultView.LIVE, ResultView.LIVE, true);
    }

    private Shown shown(Period period, ResultView asked, ResultView userDefault) {
        return shown(period, asked, userDefault, false);
    }

    private Shown shown(Period period, ResultView asked, ResultView userDefault, boolean liveOnly) {
        Optional<ResultRun> latest = published.latestRun(period);
        PublishedResults.Published p = asked == ResultView.PUBLISHED ? latest.map(published::published).orElse(null) : null;
        if (p != null && !p.result().courts().isEmpty()) { // a version without courts (nothing was computed) is no result
            return new Shown(p.result(), asked, userDefault, p.run(), latest.get(), p.core(), service.dataVersion(), service, false);
        }
        return new Shown(service.evaluate(period), asked, userDefault, null, latest.orElse(null), null,
                service.dataVersion(), service, liveOnly);
    }
}
