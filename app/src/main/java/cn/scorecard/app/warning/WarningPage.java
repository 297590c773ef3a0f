package cn.scorecard.app.warning;

import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.ListColumn;
import cn.scorecard.app.web.ListQuery;
import cn.scorecard.app.web.ListSpec;
import cn.scorecard.app.web.Listing;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.court.Courts;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.data.StaffRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the warnings page shows: the moment, the filters the user may use, the counts per rule and the list (searched
 * by case number and officer, sorted, paged and exported like every list, see {@link #LIST}).
 */
record WarningPage(LocalDate asOf, String moment, LocalDate dataEnd, boolean dataEnded, boolean officerView,
                   String scopeLabel, List<Option> courts, String court, List<Option> officers, String staff,
                   List<KindCount> counts, int scopeTotal, String rule, Listing<WarningRow> list, boolean multiCourt) {

    /** The list's columns (without a sort: most urgent first, as the scanner orders them). */
    static final ListSpec<WarningRow> LIST = ListSpec.of(List.of(
                    ListColumn.of("status", Messages.text("warnings.column.status"), WarningRow::statusLabel),
                    ListColumn.of("case", Messages.text("warnings.column.case"), WarningRow::caseNumber),
                    ListColumn.of("court", Messages.text("warnings.column.court"), WarningRow::courtName),
                    ListColumn.of("rule", Messages.text("warnings.column.rule"), WarningRow::ruleShortName),
                    ListColumn.unsorted("start", Messages.text("warnings.column.start"), WarningRow::detail),
                    ListColumn.of("due", Messages.text("warnings.column.due"), WarningRow::due),
                    ListColumn.unsorted("left", Messages.text("warnings.column.left"), WarningRow::timeLeftLabel), // units differ: sort by 期限
                    ListColumn.of("judge", Messages.text("warnings.column.judge"), r -> name(r.judge())),
                    ListColumn.of("assistant", Messages.text("warnings.column.assistant"), r -> name(r.assistant())),
                    ListColumn.of("clerk", Messages.text("warnings.column.clerk"), r -> name(r.clerk()))),
            r -> r.caseNumber() + " " + name(r.judge()) + " " + name(r.assistant()) + " " + name(r.clerk()) + " "
                    + id(r.judge()) + " " + id(r.assistant()) + " " + id(r.clerk()),
            null, false);

    record Option(String value, String label) {
    }

    static WarningPage of(WarningService.Found f, boolean officer, String court, String staff, String rule, ListQuery query,
                          LocalDate today) {
        ProvinceData data = f.snapshot().data();
        Courts all = data.courts();
        List<Option> courts = new ArrayList<>();
        for (int c : f.scope().courts()) courts.add(new Option(all.get(c).code(), all.get(c).name()));
        int scopeTotal = f.counts().stream().mapToInt(KindCount::total).sum();
        // the officers of the chosen court, of the chosen officer's court, or of the only court in scope
        String rosterCourt = court != null ? court
                : f.scope().staff() >= 0 ? all.get(data.staff().get(f.scope().staff()).court()).code()
                : courts.size() == 1 ? courts.get(0).value() : null;
        return new WarningPage(f.asOf(), Formats.dateTime(f.moment()),
                f.snapshot().lastDay(), f.snapshot().lastDay() != null && f.snapshot().lastDay().isBefore(today), officer,
                scopeLabel(data, f.scope(), courts), courts, court, officer ? List.of() : roster(data, rosterCourt), staff,
                f.counts(), scopeTotal, rule, LIST.apply(f.rows(0, f.warnings().size()), query), courts.size() > 1);
    }

    private static String scopeLabel(ProvinceData data, WarningScope scope, List<Option> courts) {
        if (scope.nobody()) return Messages.text("warnings.scope.nobody");
        String where = courts.size() == 1 ? courts.get(0).label() : Messages.text("warnings.scope.courts", String.valueOf(courts.size()));
        if (scope.staff() < 0) return where;
        StaffMember m = data.staff().get(scope.staff());
        return Messages.text("warnings.scope.officer", where, m.name(), m.id());
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

    private static String name(WarningRow.Officer o) {
        return o == null ? "" : o.name();
    }

    private static String id(WarningRow.Officer o) {
        return o == null ? "" : o.id();
    }

    public String ruleLabel() {
        return counts.stream().filter(c -> c.rule().equals(rule)).map(KindCount::shortName).findFirst().orElse(Messages.text("warnings.allRules"));
    }
}
