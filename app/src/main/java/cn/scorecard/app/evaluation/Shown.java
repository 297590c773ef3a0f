package cn.scorecard.app.evaluation;

import cn.scorecard.app.platform.runs.ResultRun;
import cn.scorecard.core.evaluation.CoreIndicators.CoreValue;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.EvaluationResult;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The results one page shows for a period, and the words that say which: “已发布 第N版（日期）” for a published
 * version, “实时计算（数据版本 …）” for the live computation. Every evaluation page and download states it.
 *
 * @param asked      the view the user asked for (or their default)
 * @param userDefault the view the user sees without asking (links leave the parameter out when it is this one)
 * @param run        the published version shown, or null when the results are live
 * @param latest     the newest published version of the period, shown or not (null when there is none)
 * @param core       the core targets stored with the published version (null: computed live)
 * @param liveOnly   the page exists only live (the records behind a value): no switch
 */
public record Shown(EvaluationResult result, ResultView asked, ResultView userDefault, ResultRun run, ResultRun latest,
                    Map<String, List<CoreValue>> core, long dataVersion, EvaluationService service, boolean liveOnly) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    public boolean published() {
        return run != null;
    }

    /** The badge: “已发布 第2版（2026-01-15）” or “实时计算（数据版本 12）”. */
    public String label() {
        return published() ? "已发布 第" + run.versionNo() + "版（" + run.publishedAt().format(DAY) + "）"
                : "实时计算（数据版本 " + dataVersion + "）";
    }

    /** What the badge means in a sentence (shown under it, and in the downloads' subtitles). */
    public String note() {
        if (published()) return "本页为该期间已发布的结果版本，此后导入的数据不影响本页";
        if (liveOnly) return "案件清单按当前数据列出（结果版本不保存案件清单）";
        if (asked == ResultView.PUBLISHED) return "本期间尚无已发布的结果版本，以下为按当前数据实时计算的结果";
        if (latest != null) return "按当前数据实时计算，可能与已发布的第 " + latest.versionNo() + " 版不同";
        return "按当前数据实时计算，本期间尚无已发布的结果版本";
    }

    /** The {@code view} parameter for links that keep this view; null when it is the user's default. */
    public String viewParam() {
        return asked == userDefault ? null : asked.param();
    }

    /** A switch to the other view makes sense when a published version exists (or the user is on the published one). */
    public boolean canSwitch() {
        return latest != null && !liveOnly;
    }

    public CourtResult court(String code) {
        try {
            return result.court(code);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "已发布的结果版本中没有该法院：" + code + "，请切换到实时计算");
        }
    }

    /** A court's core targets: as published when stored with the version, else computed live. */
    public List<CoreValue> core(String code) {
        if (core != null && core.containsKey(code)) return core.get(code);
        return service.coreIndicators(code, result.period());
    }
}
