package cn.scorecard.app.warning;

import cn.scorecard.core.court.Courts;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.data.StaffRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** What the warnings page shows: the moment, the filters the user may use, the counts per rule and one page of rows. */
record WarningPage(LocalDate asOf, String moment, LocalDate dataEnd, boolean dataEnded, boolean officerView,
                   String scopeLabel, List<Option> courts, String court, List<Option> officers, String staff,
                   List<KindCount> counts, int scopeTotal, String rule, List<WarningRow> rows, int total, int page,
                   int pages, boolean multiCourt) {
    static final int PAGE_SIZE = 50;

    record Option(String value, String label) {
    }

    static WarningPage of(WarningService.Found f, boolean officer, String court, String staff, String rule, int page,
                          LocalDate today) {
        ProvinceData data = f.snapshot().data();
        Courts all = data.courts();
        List<Option> courts = new ArrayList<>();
        for (int c : f.scope().courts()) courts.add(new Option(all.get(c).code(), all.get(c).name()));
        int pages = Math.max(1, (f.warnings().size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.max(1, Math.min(page, pages));
        int scopeTotal = f.counts().stream().mapToInt(KindCount::total).sum();
        // the officers of the chosen court, of the chosen officer's court, or of the only court in scope
        String rosterCourt = court != null ? court
                : f.scope().staff() >= 0 ? all.get(data.staff().get(f.scope().staff()).court()).code()
                : courts.size() == 1 ? courts.get(0).value() : null;
        return new WarningPage(f.asOf(), f.moment().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                f.snapshot().lastDay(), f.snapshot().lastDay() != null && f.snapshot().lastDay().isBefore(today), officer,
                scopeLabel(data, f.scope(), courts), courts, court, officer ? List.of() : roster(data, rosterCourt), staff,
                f.counts(), scopeTotal, rule, f.rows((p - 1) * PAGE_SIZE, p * PAGE_SIZE), f.warnings().size(), p, pages,
                courts.size() > 1);
    }

    private static String scopeLabel(ProvinceData data, WarningScope scope, List<Option> courts) {
        if (scope.nobody()) return "账号未关联干警编号，暂无可查看的案件";
        String where = courts.size() == 1 ? courts.get(0).label() : courts.size() + " 个法院";
        if (scope.staff() < 0) return where;
        StaffMember m = data.staff().get(scope.staff());
        return where + " · " + m.name() + "（" + m.id() + "）作为承办法官、法官助理或书记员的案件";
    }

    private static List<Option> roster(ProvinceData data, String courtCode) {
        if (courtCode == null) return List.of();
        int court = data.courts().indexOf(courtCode);
        List<Option> out = new ArrayList<>();
        for (StaffMember m : data.staff()) {
            if (m.court() == court && m.role() != StaffRole.OTHER) out.add(new Option(m.id(), m.name() + " · " + m.role().label()));
        }
        return out;
    }

    /** The page's address with the current filters, another rule and page (null parameters left out). */
    public String url(String ruleId, int pageNumber) {
        StringBuilder q = new StringBuilder("/warnings?asOf=").append(asOf);
        param(q, "court", court);
        param(q, "staff", staff);
        param(q, "rule", ruleId);
        if (pageNumber > 1) q.append("&page=").append(pageNumber);
        return q.toString();
    }

    private static void param(StringBuilder q, String name, String value) {
        if (value != null) q.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    /** Rows before this page, for the running number. */
    public int offset() {
        return (page - 1) * PAGE_SIZE;
    }

    public String ruleLabel() {
        return counts.stream().filter(c -> c.rule().equals(rule)).map(KindCount::shortName).findFirst().orElse("全部规则");
    }
}
