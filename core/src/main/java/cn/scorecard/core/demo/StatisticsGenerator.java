package cn.scorecard.core.demo;

import cn.scorecard.core.data.CourtStatistic;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.data.StaffRole;
import cn.scorecard.core.data.StatisticItem;
import java.util.ArrayList;
import java.util.List;

/**
 * 法院统计 per court and year. First-instance civil cases are 3–5× the court's enforcement cases; the
 * enforcement bureau's establishment is its roster, and the whole court is sized so that enforcement
 * takes 12–20% of it (the target is 15%, so some courts fall short). The trial divisions' quota-judge
 * ratio varies around the enforcement bureau's, so the 员额比例 indicator separates courts too.
 */
final class StatisticsGenerator {
    private static final String SOURCE = "年度司法统计报表（演示数据）";

    private final Rand rand;

    StatisticsGenerator(Rand rand) {
        this.rand = rand;
    }

    /** @param filed per court and filing year (from the spec's first year), the cases filed */
    List<CourtStatistic> generate(DemoCourts courts, List<StaffMember> staff, int[][] filed, DemoSpec spec) {
        List<CourtStatistic> out = new ArrayList<>();
        for (int c = 0; c < courts.count(); c++) {
            int judges = 0;
            int political = 0;
            int total = 0;
            for (StaffMember m : staff) {
                if (m.court() != c) continue;
                total++;
                if (m.politicalEstablishment()) political++;
                if (m.role() == StaffRole.JUDGE) judges++;
            }
            int bureau = political + (int) Math.round((total - political) * 0.3);
            int court = (int) Math.round(bureau / rand.uniform(0.12, 0.20));
            int trialPolitical = (int) Math.round((court - bureau) * rand.uniform(0.6, 0.75));
            int trialJudges = (int) Math.round(trialPolitical * rand.uniform(0.38, 0.55));
            for (int y = 0; y < spec.yearCount(); y++) {
                int year = spec.startYear() + y;
                long civil = Math.round(filed[c][y] * rand.uniform(3, 5));
                add(out, c, year, StatisticItem.FIRST_INSTANCE_CIVIL_CASES, civil);
                add(out, c, year, StatisticItem.COURT_ESTABLISHMENT, court);
                add(out, c, year, StatisticItem.ENFORCEMENT_ESTABLISHMENT, bureau);
                add(out, c, year, StatisticItem.ENFORCEMENT_ESTABLISHMENT_POLITICAL, political);
                add(out, c, year, StatisticItem.ENFORCEMENT_QUOTA_JUDGES, judges);
                add(out, c, year, StatisticItem.TRIAL_ESTABLISHMENT_POLITICAL, trialPolitical);
                add(out, c, year, StatisticItem.TRIAL_QUOTA_JUDGES, trialJudges);
            }
        }
        return out;
    }

    private static void add(List<CourtStatistic> out, int court, int year, StatisticItem item, double value) {
        out.add(new CourtStatistic(court, year, item, value, SOURCE));
    }
}
