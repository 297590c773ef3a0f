package cn.scorecard.app.staff.versions;

import cn.scorecard.app.notifications.Notifications;
import cn.scorecard.app.platform.runs.ResultRun;
import cn.scorecard.app.security.Role;
import cn.scorecard.app.security.UserAccount;
import cn.scorecard.app.security.UserRepository;
import cn.scorecard.app.staff.ObjectionWindow;
import cn.scorecard.app.staff.StaffSnapshot;
import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Who hears about what in the monthly cycle: officers of their published results and decisions, the group of work waiting. */
@Component
public class StaffNotices {
    private final Notifications notifications;
    private final UserRepository users;
    private final ObjectionWindow window;

    StaffNotices(Notifications notifications, UserRepository users, ObjectionWindow window) {
        this.notifications = notifications;
        this.users = users;
        this.window = window;
    }

    /** Each officer of the version hears that their result is out, with its total and the objection deadline. */
    public void published(ResultRun run, StaffSnapshot snapshot) {
        YearMonth month = YearMonth.from(run.periodStart());
        for (UserAccount u : users.all()) {
            if (u.role() != Role.OFFICER || u.staffCode() == null || !u.enabled()) continue;
            snapshot.person(u.staffCode()).ifPresent(p -> notifications.send(u.username(),
                    Messages.text("staffNotice.published.title", label(month), String.valueOf(run.versionNo())),
                    (p.vetoed() ? Messages.text("staffNotice.published.vetoed")
                            : Messages.text("staffNotice.published.total", Formats.score(p.total()), p.outcomeLabel()))
                            + Messages.text("staffNotice.published.objection", Formats.date(window.lastDay(run.publishedAt()))),
                    "/staff/me?month=" + month));
        }
    }

    /** How many officers of the court have an account (they are the ones told when a month is published). */
    public long officerAccounts(String court) {
        return users.all().stream().filter(u -> u.enabled() && u.role() == Role.OFFICER && u.staffCode() != null
                && court.equals(u.courtCode())).count();
    }

    public void draftReady(String court, YearMonth month, int versionNo, String why) {
        notifications.send(group(court), Messages.text("staffNotice.draft.title", label(month), String.valueOf(versionNo)), why,
                "/staff/versions?court=" + encode(court) + "&month=" + month);
    }

    public void objectionFiled(String court, YearMonth month, long objectionId, String name) {
        notifications.send(group(court), Messages.text("staffNotice.objection.title", name, label(month)),
                Messages.text("staffNotice.objection.body", String.valueOf(objectionId)),
                "/staff/objections/" + objectionId);
    }

    public void objectionDecided(String filedBy, YearMonth month, long objectionId, boolean upheld) {
        notifications.send(filedBy, Messages.text("staffNotice.decided.title", label(month),
                        Messages.text(upheld ? "objections.status.UPHELD" : "objections.status.REJECTED")),
                Messages.text(upheld ? "staffNotice.decided.upheld" : "staffNotice.decided.rejected"),
                "/staff/objections/" + objectionId);
    }

    private List<String> group(String court) {
        Set<String> names = users.all().stream()
                .filter(u -> u.enabled() && u.role() == Role.STAFF_GROUP && court.equals(u.courtCode()))
                .map(UserAccount::username).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        return List.copyOf(names);
    }

    static String label(YearMonth month) {
        return Formats.month(month);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
