package cn.scorecard.app.warning;

import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
import cn.scorecard.app.notifications.Notifications;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.Role;
import cn.scorecard.app.security.UserAccount;
import cn.scorecard.app.security.UserRepository;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each morning every officer with an account hears, in one notice, which of their cases went past a deadline during
 * the day before (not one message per case), with the number overdue in all. The day is the warnings page's default
 * (today, or the data's last recorded day when the data ends earlier). Sent once per officer and day.
 */
@Component
class OverdueDigest {
    private static final int LISTED = 5;
    private final WarningService service;
    private final UserRepository users;
    private final Notifications notifications;

    OverdueDigest(WarningService service, UserRepository users, Notifications notifications) {
        this.service = service;
        this.users = users;
        this.notifications = notifications;
    }

    @Scheduled(cron = "${scorecard.warnings.digest-cron:0 30 7 * * *}", zone = "${scorecard.time-zone:Asia/Shanghai}")
    void daily() {
        send(service.defaultAsOf(service.snapshot()));
    }

    /** Sends the digest of the day; returns how many officers were told. */
    int send(LocalDate day) {
        int sent = 0;
        for (UserAccount a : users.all()) {
            if (!a.enabled() || a.role() != Role.OFFICER || a.staffCode() == null) continue;
            String link = "/warnings?asOf=" + day;
            if (notifications.sent(a.username(), link)) continue;
            CurrentUser officer = new CurrentUser(a.username(), a.displayName(), "-", Role.OFFICER, a.courtCode(),
                    a.staffCode(), true);
            WarningService.Found found = service.find(officer, null, null, null, day);
            List<WarningRow> overdue = found.rows(0, found.warnings().size()).stream().filter(WarningRow::overdue).toList();
            LocalDateTime dayBefore = found.moment().minusDays(1);
            List<WarningRow> fresh = overdue.stream().filter(w -> w.due().isAfter(dayBefore)).toList();
            if (fresh.isEmpty()) continue;
            List<String> numbers = fresh.stream().map(WarningRow::caseNumber).distinct().toList();
            String listed = String.join("、", numbers.subList(0, Math.min(LISTED, numbers.size())));
            if (numbers.size() > LISTED) listed = Messages.text("notice.overdue.more", listed, String.valueOf(numbers.size()));
            notifications.send(a.username(), Messages.text("notice.overdue.title", Formats.date(day), String.valueOf(fresh.size())),
                    Messages.text("notice.overdue.body", listed, String.valueOf(overdue.size())), link);
            sent++;
        }
        return sent;
    }
}
