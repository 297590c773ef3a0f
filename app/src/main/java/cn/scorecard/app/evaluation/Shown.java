package cn.scorecard.app.evaluation;

import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
import cn.scorecard.app.platform.runs.ResultRun;
import cn.scorecard.core.evaluation.CoreIndicators.CoreValue;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.EvaluationResult;
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

    public boolean published() {
        return run != null;
    }

    /** The badge: “已发布 第2版（2026-01-15）” or “实时计算（数据版本 12）”. */
    public String label() {
        return published() ? Messages.text("result.published", String.valueOf(run.versionNo()), Formats.date(run.publishedAt().toLocalDate()))
                : Messages.text("result.live", String.valueOf(dataVersion));
    }

    /** What the badge means in a sentence (shown under it, and in the downloads' subtitles). */
    public String note() {
        if (published()) return Messages.text("result.note.published");
        if (liveOnly) return Messages.text("result.note.liveOnly");
        if (asked == ResultView.PUBLISHED) return Messages.text("result.note.nonePublished");
        if (latest != null) return Messages.text("result.note.mayDiffer", String.valueOf(latest.versionNo()));
        return Messages.text("result.note.live");
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
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("result.notInVersion", code));
        }
    }

    /** A court's core targets: as published when stored with the version, else computed live. */
    public List<CoreValue> core(String code) {
        if (core != null && core.containsKey(code)) return core.get(code);
        return service.coreIndicators(code, result.period());
    }
}
