package cn.scorecard.app.staff.versions;

import cn.scorecard.app.notifications.Notifications;
import cn.scorecard.app.platform.runs.ResultRun;
import cn.scorecard.app.security.Role;
import cn.scorecard.app.security.UserAccount;
import cn.scorecard.app.security.UserRepository;
import cn.scorecard.app.staff.ObjectionWindow;
import cn.scorecard.app.staff.StaffSnapshot;
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
                    label(month) + "考核结果已发布（第 " + run.versionNo() + " 版）",
                    (p.vetoed() ? "一票否决，不予评价" : "总分 " + String.format("%.2f", p.total()) + "，" + p.outcomeLabel())
                            + "。如有异议，可在 " + window.lastDay(run.publishedAt()) + " 前提出复核。",
                    "/staff/me?month=" + month));
        }
    }

    /** How many officers of the court have an account (they are the ones told when a month is published). */
    public long officerAccounts(String court) {
        return users.all().stream().filter(u -> u.enabled() && u.role() == Role.OFFICER && u.staffCode() != null
                && court.equals(u.courtCode())).count();
    }

    public void draftReady(String court, YearMonth month, int versionNo, String why) {
        notifications.send(group(court), label(month) + "考核结果待审核（第 " + versionNo + " 版）", why,
                "/staff/versions?court=" + encode(court) + "&month=" + month);
    }

    public void objectionFiled(String court, YearMonth month, long objectionId, String name) {
        notifications.send(group(court), name + " 对" + label(month) + "考核结果提出异议", "第 " + objectionId + " 号异议待复核。",
                "/staff/objections/" + objectionId);
    }

    public void objectionDecided(String filedBy, YearMonth month, long objectionId, boolean upheld) {
        notifications.send(filedBy, "您对" + label(month) + "考核结果的异议已复核：" + (upheld ? "予以采纳" : "不予采纳"),
                upheld ? "考核领导小组已调整得分，新版本发布后即可查看。" : "原考核结果维持不变，复核理由见异议详情。",
                "/staff/objections/" + objectionId);
    }

    private List<String> group(String court) {
        Set<String> names = users.all().stream()
                .filter(u -> u.enabled() && u.role() == Role.STAFF_GROUP && court.equals(u.courtCode()))
                .map(UserAccount::username).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        return List.copyOf(names);
    }

    static String label(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
