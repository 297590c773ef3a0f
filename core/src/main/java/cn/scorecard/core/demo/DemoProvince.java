package cn.scorecard.core.demo;

import cn.scorecard.core.calendar.WorkCalendar;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.CaseTableBuilder;
import cn.scorecard.core.data.Discipline;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.data.StateCompensation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A deterministic, realistic demo province (江川省, invented): courts, staff, cases with their process
 * steps, payments, petitions, command-centre matters, statistics and evidence, calibrated to published
 * national figures (see docs/demo-data.md). Cases are written straight into the columnar table, so a
 * million cases take seconds and little memory; {@link DemoDirectory} writes any number of them in parts.
 *
 * <p>Everything drawn from the cases (petitions, the cases matters name, overrides, statistics) is drawn case by
 * case in the order the cases are generated, so the data do not depend on how the cases are cut into parts.
 */
public final class DemoProvince {
    private DemoProvince() {
    }

    /** Where a generated province goes: courts and staff first, then the cases part by part, then the rest. */
    interface Output {
        /** Courts and staff, before any case (the data has no cases). */
        void start(ProvinceData courtsAndStaff);

        /** A part of the cases with their payments, field actions and overrides; nothing else. */
        void part(ProvinceData part);

        /** The records that are not cases (petitions, matters, statistics …); the data has no cases. */
        void finish(ProvinceData records);
    }

    public static ProvinceData generate(DemoSpec spec) {
        InMemory out = new InMemory();
        run(spec, Integer.MAX_VALUE, out, DemoDirectory.Progress.NONE);
        return out.data();
    }

    static void run(DemoSpec spec, int partSize, Output out, DemoDirectory.Progress progress) {
        WorkCalendar calendar = WorkCalendar.bundled();
        Rand root = new Rand(spec.seed());
        DemoCourts courts = new CourtsGenerator(root.fork(1)).generate(spec);
        int[][] counts = CaseMix.allocate(courts, spec.cases());
        int[] perCourt = CaseMix.totals(counts);
        DemoStaff staff = new StaffGenerator(root.fork(2)).generate(courts, perCourt, spec);
        CaseTable none = new CaseTableBuilder(courts.count()).build();
        out.start(new ProvinceData(calendar, courts.courts(), staff.members(), none, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), Map.of()));

        // planned events may run years past the evaluation end before they are cut off
        LocalDate from = LocalDate.of(spec.startYear(), 1, 1);
        WorkDays workDays = new WorkDays(calendar, from, spec.evaluationEnd().plusYears(4));
        CaseGenerator cases = new CaseGenerator(root.fork(3), workDays, courts, staff, spec);
        OversightGenerator oversight = new OversightGenerator(root.fork(7), spec);
        List<StateCompensation> compensations = oversight.compensations(courts, staff);
        List<Discipline> disciplines = oversight.disciplines(courts, staff);
        OversightGenerator.OverrideFinder overrides = oversight.overrides(spec.cases());
        PetitionGenerator petitions = new PetitionGenerator(root.fork(5), spec, courts);
        MatterGenerator matters = new MatterGenerator(root.fork(6), spec, courts, staff, perCourt);
        int[][] filed = new int[courts.count()][spec.yearCount()];
        CaseParts parts = new CaseParts(courts.count(), partSize,
                p -> out.part(new ProvinceData(calendar, courts.courts(), staff.members(), p.cases(), p.payments(),
                        p.fieldActions(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), p.overrides())));
        long[] done = {0};
        cases.generate(counts, (d, number, judge, assistant, clerk) -> {
            int row = parts.add(d, number, judge, assistant, clerk);
            petitions.observe(d, number, judge);
            matters.observe(d.court, number);
            filed[d.court][LocalDate.ofEpochDay(d.filedDay).getYear() - spec.startYear()]++;
            var o = overrides.observe(d, row);
            if (o != null) parts.override(o);
            if (++done[0] % partSize == 0) progress.cases(done[0], spec.cases());
            parts.flushIfFull();
        });
        parts.finish();
        if (done[0] == 0 || done[0] % partSize != 0) progress.cases(done[0], spec.cases());

        ProvinceData rest = new ProvinceData(calendar, courts.courts(), staff.members(), none, List.of(), List.of(),
                petitions.petitions(), matters.matters(), compensations, disciplines,
                new EvidenceGenerator(root.fork(8)).generate(courts, spec),
                new StatisticsGenerator(root.fork(4)).generate(courts, staff.members(), filed, spec), Map.of());
        out.finish(rest);
    }

    /** The whole province as one part. */
    private static final class InMemory implements Output {
        private ProvinceData part;
        private ProvinceData rest;

        @Override
        public void start(ProvinceData courtsAndStaff) {
        }

        @Override
        public void part(ProvinceData p) {
            if (part != null) throw new IllegalStateException("in memory the province is one part");
            part = p;
        }

        @Override
        public void finish(ProvinceData records) {
            rest = records;
        }

        ProvinceData data() {
            return new ProvinceData(rest.calendar(), rest.courts(), rest.staff(), part.cases(), part.payments(),
                    part.fieldActions(), rest.petitions(), rest.matters(), rest.compensations(), rest.disciplines(),
                    rest.evidence(), rest.statistics(), part.terminationOverrides());
        }
    }
}
