package cn.scorecard.app.staff.notice;

import cn.scorecard.app.staff.StaffSnapshot;
import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
import java.time.YearMonth;

/**
 * 通报: a court's published month as it is circulated — the ranking by role, the teams, the interview list and the
 * people under accountability. A draft can be printed for review; it is then marked as such.
 */
public record Notice(String courtCode, String courtName, YearMonth month, int versionNo, boolean published,
                     String versionLabel, double passMark, String ruleTitle, String ruleIssuer, StaffSnapshot snapshot) {
    public String title() {
        return Messages.text("staffNotice.sheet.title", courtName);
    }

    public String monthLabel() {
        return Formats.month(month);
    }

    public long passed() {
        return snapshot.people().stream().filter(StaffSnapshot.Person::passed).count();
    }

    public long failed() {
        return snapshot.people().stream().filter(StaffSnapshot.Person::failed).count();
    }

    public long vetoed() {
        return snapshot.people().stream().filter(StaffSnapshot.Person::vetoed).count();
    }
}
