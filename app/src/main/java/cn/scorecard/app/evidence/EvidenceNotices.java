package cn.scorecard.app.evidence;

import cn.scorecard.app.web.Messages;
import cn.scorecard.app.notifications.Notifications;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.Role;
import cn.scorecard.app.security.UserAccount;
import cn.scorecard.app.security.UserRepository;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who hears about evidence: a court's administrators when an assessor rates an item or comments on it; the
 * assessors when a court uploads a file or answers with a comment. Nobody hears of their own action.
 */
@Component
class EvidenceNotices {
    private final Notifications notifications;
    private final UserRepository users;

    EvidenceNotices(Notifications notifications, UserRepository users) {
        this.notifications = notifications;
        this.users = users;
    }

    void assessed(CurrentUser by, String court, String courtName, int year, String code, String name, String finding) {
        notifications.send(others(by, courtAdmins(court)), Messages.text("notice.evidence.assessed.title", code, name),
                Messages.text("notice.evidence.assessed.body", courtName, String.valueOf(year), finding), link(court, code, year));
    }

    void commented(CurrentUser by, String court, String courtName, int year, String code, String name) {
        boolean assessor = by.role() == Role.ASSESSOR || by.role() == Role.ADMIN;
        List<String> to = assessor ? courtAdmins(court) : assessors();
        String title = assessor ? Messages.text("notice.evidence.comment.byAssessor", code, name)
                : Messages.text("notice.evidence.comment.byCourt", courtName, code, name);
        notifications.send(others(by, to), title, Messages.text("notice.evidence.comment.body", courtName, String.valueOf(year)),
                link(court, code, year));
    }

    void uploaded(CurrentUser by, String court, String courtName, int year, String code, String name, String file) {
        if (by.role() == Role.ASSESSOR || by.role() == Role.ADMIN) return; // the assessors' own uploads
        notifications.send(others(by, assessors()), Messages.text("notice.evidence.upload.title", courtName, code, name),
                Messages.text("notice.evidence.upload.body", String.valueOf(year), file), link(court, code, year));
    }

    private List<String> courtAdmins(String court) {
        return users.all().stream().filter(u -> u.enabled() && u.role() == Role.COURT_ADMIN && court.equals(u.courtCode()))
                .map(UserAccount::username).toList();
    }

    private List<String> assessors() {
        return users.all().stream().filter(u -> u.enabled() && u.role() == Role.ASSESSOR).map(UserAccount::username).toList();
    }

    private static List<String> others(CurrentUser by, List<String> recipients) {
        return recipients.stream().filter(r -> !r.equals(by.username())).toList();
    }

    private static String link(String court, String code, int year) {
        return "/evidence/" + URLEncoder.encode(court, StandardCharsets.UTF_8) + "/" + code + "?year=" + year;
    }
}
