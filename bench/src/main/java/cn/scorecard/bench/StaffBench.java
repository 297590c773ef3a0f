package cn.scorecard.bench;

import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.data.StaffRole;
import cn.scorecard.core.demo.DemoProvince;
import cn.scorecard.core.demo.DemoSpec;
import cn.scorecard.core.staff.MonthlyAssessment;
import cn.scorecard.core.staff.StaffAssessor;
import cn.scorecard.core.staff.StaffInputs;
import cn.scorecard.core.staff.StaffRuleSets;
import java.time.YearMonth;

/**
 * The monthly staff assessment of every officer of a generated province (issue: staff assessment): about
 * 20,000 people over one month of a province of 1,000,000 cases. The first month of a year is timed cold
 * (one pass over the cases), then a later month (which needs the earlier months of the year for the
 * accountability count) and the same month again (kept by the assessor).
 */
final class StaffBench {
    private StaffBench() {
    }

    static void run(Bench.Options o) throws Exception {
        long t0 = System.nanoTime();
        DemoSpec spec = DemoSpec.defaults(o.seed()).withCases(o.cases()).withCourts(o.intermediate(), o.basic())
                .withYears(2025, 2025);
        ProvinceData data = DemoProvince.generate(spec);
        long assessed = data.staff().stream().filter(s -> s.role() != StaffRole.OTHER).count();
        System.out.printf("province: %d courts, %d staff (%d assessed roles), %d cases, generated in %.1f s%n",
                data.courts().size(), data.staff().size(), assessed, data.cases().size(), (System.nanoTime() - t0) / 1e9);
        for (int run = 0; run < o.runs(); run++) {
            StaffAssessor assessor = new StaffAssessor(data, StaffRuleSets.bundled(), StaffInputs.empty());
            long a = System.nanoTime();
            MonthlyAssessment january = assessor.assess(YearMonth.of(2025, 1));
            long b = System.nanoTime();
            MonthlyAssessment june = assessor.assess(YearMonth.of(2025, 6));
            long c = System.nanoTime();
            assessor.assess(YearMonth.of(2025, 6));
            long d = System.nanoTime();
            System.out.printf("run %d: 2025-01 %d people in %.0f ms; 2025-06 (with Feb–May for the year's fails) %.0f ms;"
                            + " 2025-06 again %.1f ms%n", run + 1, january.people().size(), (b - a) / 1e6, (c - b) / 1e6,
                    (d - c) / 1e6);
            if (run == o.runs() - 1) {
                System.out.printf("2025-06: %d people, %d teams, %d interviews; heap used %d MB%n", june.people().size(),
                        june.teams().size(), june.interviews().size(), Timer.usedHeapMb());
            }
        }
    }
}
