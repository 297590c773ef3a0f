package cn.scorecard.app.cli;

import cn.scorecard.app.web.Messages;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.io.SafeCsv;
import cn.scorecard.core.staff.ItemResult;
import cn.scorecard.core.staff.MonthlyAssessment;
import cn.scorecard.core.staff.PersonResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** A month's staff results as CSV: one row per person with every item's score. */
final class StaffCsv {
    private StaffCsv() {
    }

    static void write(MonthlyAssessment a, ProvinceData data, Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of(Messages.text("cli.staffCsv.header").split("\\|")));
        List<String> itemCodes = new ArrayList<>();
        for (PersonResult p : a.people()) {
            for (ItemResult i : p.items()) {
                if (!itemCodes.contains(i.code())) {
                    itemCodes.add(i.code());
                    header.add(i.code() + " " + i.name());
                }
            }
        }
        SafeCsv printer = SafeCsv.to(out, header); // names neutralised against formula injection
        for (PersonResult p : a.people()) {
            List<Object> row = new ArrayList<>(List.of(a.month().toString(), data.courts().get(p.court()).code(),
                    p.staffId(), p.name(), p.role().label(), p.team() == null ? "" : p.team(),
                    EvaluationCsv.num(p.total()), Messages.text(p.vetoed() ? "staff.outcome.vetoed" : p.passed() ? "staff.outcome.passed" : "staff.outcome.failed"),
                    p.rank() == null ? "" : p.rank(), p.failsInYear(), Messages.text(p.accountability() ? "common.yes" : "common.no"),
                    Messages.text(p.awardEligible() ? "common.yes" : "common.no")));
            for (String code : itemCodes) {
                row.add(p.items().stream().filter(i -> i.code().equals(code)).findFirst()
                        .map(i -> EvaluationCsv.num(i.score())).orElse(""));
            }
            printer.row(row);
        }
        printer.flush(); // flushed, not closed: closing would close standard output
    }
}
