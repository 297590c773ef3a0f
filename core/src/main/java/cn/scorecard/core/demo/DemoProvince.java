package cn.scorecard.core.demo;

import cn.scorecard.core.calendar.WorkCalendar;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.CaseTableBuilder;
import cn.scorecard.core.data.ProvinceData;
import java.time.LocalDate;

/**
 * A deterministic, realistic demo province (江川省, invented): courts, staff, cases with their process
 * steps, payments, petitions, command-centre matters, statistics and evidence, calibrated to published
 * national figures (see docs/demo-data.md). Cases are written straight into the columnar table, so a
 * million cases take seconds and little memory.
 */
public final class DemoProvince {
    private DemoProvince() {
    }

    public static ProvinceData generate(DemoSpec spec) {
        WorkCalendar calendar = WorkCalendar.bundled();
        Rand root = new Rand(spec.seed());
        DemoCourts courts = new CourtsGenerator(root.fork(1)).generate(spec);
        int[][] counts = CaseMix.allocate(courts, spec.cases());
        DemoStaff staff = new StaffGenerator(root.fork(2)).generate(courts, CaseMix.totals(counts), spec);

        // planned events may run years past the evaluation end before they are cut off
        LocalDate from = LocalDate.of(spec.startYear(), 1, 1);
        WorkDays workDays = new WorkDays(calendar, from, spec.evaluationEnd().plusYears(4));
        CaseTableBuilder builder = new CaseTableBuilder(courts.count());
        CaseSink sink = new CaseSink(builder);
        new CaseGenerator(root.fork(3), workDays, courts, staff, spec).generate(counts, sink);
        CaseTable cases = builder.build();

        OversightGenerator oversight = new OversightGenerator(root.fork(7), spec);
        return new ProvinceData(calendar, courts.courts(), staff.members(), cases, sink.payments(), sink.fieldActions(),
                new PetitionGenerator(root.fork(5), spec).generate(courts, cases),
                new MatterGenerator(root.fork(6), spec, courts, staff, cases).generate(),
                oversight.compensations(courts, staff),
                oversight.disciplines(courts, staff),
                new EvidenceGenerator(root.fork(8)).generate(courts, spec),
                new StatisticsGenerator(root.fork(4)).generate(courts, staff.members(), cases, spec),
                oversight.overrides(cases));
    }
}
