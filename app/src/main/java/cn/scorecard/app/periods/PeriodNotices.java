package cn.scorecard.app.periods;

import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
import cn.scorecard.app.notifications.Notifications;
import cn.scorecard.app.platform.runs.ResultRun;
import cn.scorecard.app.security.Role;
import cn.scorecard.app.security.UserAccount;
import cn.scorecard.app.security.UserRepository;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;

/** Who hears that an evaluation version was published: the administrators of every court, with their court's total. */
@Component
class PeriodNotices {
    private final Notifications notifications;
    private final UserRepository users;

    PeriodNotices(Notifications notifications, UserRepository users) {
        this.notifications = notifications;
        this.users = users;
    }

    /** The accounts told of a publication (the confirmation before publishing names how many). */
    List<UserAccount> recipients() {
        return users.all().stream().filter(u -> u.enabled() && u.role() == Role.COURT_ADMIN && u.courtCode() != null).toList();
    }

    void published(ResultRun run) {
        RunDiff.Snapshot totals = RunDiff.Snapshot.parse(run.json());
        String period = PeriodLabels.of(run);
        for (UserAccount u : recipients()) {
            String[] court = totals.courts().get(u.courtCode());
            String body = court == null ? Messages.text("notice.period.absent") : Messages.text("notice.period.body", court[0],
                    Formats.score(court[1] == null ? null : Double.valueOf(court[1])));
            notifications.send(u.username(), Messages.text("notice.period.title", period, String.valueOf(run.versionNo())), body,
                    "/evaluation/courts/" + URLEncoder.encode(u.courtCode(), StandardCharsets.UTF_8) + "?" + PeriodLabels.query(run));
        }
    }
}
