package cn.scorecard.app.staff.cycle;

import cn.scorecard.app.platform.runs.ResultRun;
import cn.scorecard.app.staff.StaffResultService;
import cn.scorecard.app.staff.versions.StaffMonths;
import cn.scorecard.app.staff.versions.StaffNotices;
import cn.scorecard.app.staff.versions.StaffRuns;
import cn.scorecard.app.web.Messages;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 考核领导小组每月初对上月执行工作进行考核: on the configured day and hour ({@code scorecard.staff.cycle-cron}, built
 * from {@code cycle-day} and {@code cycle-hour}) last month is computed into a draft for every court that has
 * assessed people and no version of that month yet; the court's group is told to review and publish it. A month
 * the data does not reach yet is left alone (computing it would only produce a misleading draft).
 */
@Component
public class MonthlyCycle {
    static final String SYSTEM = "system";
    private static final Logger LOG = LoggerFactory.getLogger(MonthlyCycle.class);
    private final StaffResultService results;
    private final StaffRuns runs;
    private final StaffMonths months;
    private final StaffNotices notices;
    private final ZoneId zone;

    MonthlyCycle(StaffResultService results, StaffRuns runs, StaffMonths months, StaffNotices notices,
                 @Value("${scorecard.staff.cycle-zone:Asia/Shanghai}") String zone) {
        this.results = results;
        this.runs = runs;
        this.months = months;
        this.notices = notices;
        this.zone = ZoneId.of(zone);
    }

    @Scheduled(cron = "${scorecard.staff.cycle-cron:0 0 6 3 * *}", zone = "${scorecard.staff.cycle-zone:Asia/Shanghai}")
    public void onSchedule() {
        YearMonth last = YearMonth.now(zone).minusMonths(1);
        if (results.defaultMonth().isBefore(last)) {
            LOG.warn("干警考核月度计算：数据尚未覆盖 {}（最后完整月份 {}），本次不计算", last, results.defaultMonth());
            return;
        }
        List<ResultRun> created = run(last, SYSTEM);
        LOG.info("干警考核月度计算：{} 生成 {} 个待审核版本", last, created.size());
    }

    /** Drafts of {@code month} for the courts without any version of it; returns the drafts made. */
    public List<ResultRun> run(YearMonth month, String actor) {
        TreeSet<Integer> courts = new TreeSet<>();
        results.month(month).people().forEach(p -> courts.add(p.court()));
        List<ResultRun> out = new ArrayList<>();
        for (int c : courts) {
            String code = results.data().courts().get(c).code();
            if (!months.versions(code, month).isEmpty()) continue;
            ResultRun run = runs.computeDraft(code, month, Messages.text("staff.cycle.reason"), actor);
            notices.draftReady(code, month, run.versionNo(), Messages.text("staff.cycle.notice"));
            out.add(run);
        }
        return out;
    }
}
