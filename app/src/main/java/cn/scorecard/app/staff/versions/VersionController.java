package cn.scorecard.app.staff.versions;

import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
import cn.scorecard.app.platform.runs.ResultRun;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.staff.ObjectionWindow;
import cn.scorecard.app.staff.StaffAccess;
import cn.scorecard.app.staff.StaffResultService;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 结果版本: a court's month as versions — compute a draft (by hand; the monthly cycle does it on its own), see what
 * changed from the version before, publish the newest. Superseded versions stay listed and readable.
 */
@Controller
@StaffAccess.Managers
class VersionController {
    private final StaffMonths months;
    private final StaffRuns runs;
    private final StaffAccess access;
    private final StaffResultService results;
    private final StaffNotices notices;
    private final ObjectionWindow window;

    VersionController(StaffMonths months, StaffRuns runs, StaffAccess access, StaffResultService results,
                      StaffNotices notices, ObjectionWindow window) {
        this.months = months;
        this.runs = runs;
        this.access = access;
        this.results = results;
        this.notices = notices;
        this.window = window;
    }

    /** A version and what changed from the one before it (null for the first). */
    public record Row(ResultRun run, VersionDiff diff, Integer comparedTo) {
    }

    @GetMapping("/staff/versions")
    String list(@RequestParam String court, @RequestParam(required = false) YearMonth month,
                @AuthenticationPrincipal CurrentUser user, Model model) {
        access.requireCourt(user, court);
        YearMonth m = month == null ? results.defaultMonth() : month;
        List<ResultRun> versions = months.versions(court, m);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            ResultRun run = versions.get(i);
            ResultRun older = i + 1 < versions.size() ? versions.get(i + 1) : null;
            rows.add(new Row(run, older == null ? null : VersionDiff.between(months.snapshot(older), months.snapshot(run)),
                    older == null ? null : older.versionNo()));
        }
        model.addAttribute("court", results.data().courts().get(results.data().courts().indexOf(court)));
        model.addAttribute("month", m);
        model.addAttribute("rows", rows);
        model.addAttribute("latestId", versions.isEmpty() ? null : versions.get(0).id());
        model.addAttribute("canManage", access.canManage(user, court));
        model.addAttribute("ruleSet", results.rules(court, m));
        model.addAttribute("confirmation", versions.isEmpty() ? null : Messages.text("staff.publish.confirm", Formats.month(m),
                String.valueOf(versions.get(0).versionNo()), String.valueOf(notices.officerAccounts(court)),
                String.valueOf(window.days())));
        return "staff/versions";
    }

    @PostMapping("/staff/versions/compute")
    @StaffAccess.Recorders
    String compute(@RequestParam String court, @RequestParam YearMonth month, @AuthenticationPrincipal CurrentUser user,
                   RedirectAttributes flash) {
        access.requireCourt(user, court);
        access.requireManage(user, court);
        ResultRun run = runs.computeDraft(court, month, Messages.text(months.versions(court, month).isEmpty() ? "staffRuns.reason.manual" : "staffRuns.reason.again"), user.username());
        flash.addFlashAttribute("message", Messages.text("staffRuns.flash.computed", String.valueOf(run.versionNo())));
        return redirect(court, month);
    }

    @PostMapping("/staff/versions/{id}/publish")
    @StaffAccess.Recorders
    String publish(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        ResultRun run = found(id);
        access.requireCourt(user, run.scope());
        access.requireManage(user, run.scope());
        try {
            runs.publish(id, user.username());
            flash.addFlashAttribute("message", Messages.text("staffRuns.flash.published", String.valueOf(run.versionNo())));
        } catch (IllegalStateException | IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return redirect(run.scope(), YearMonth.from(run.periodStart()));
    }

    private ResultRun found(long id) {
        try {
            return runs.run(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    private static String redirect(String court, YearMonth month) {
        return "redirect:/staff/versions?court=" + URLEncoder.encode(court, StandardCharsets.UTF_8) + "&month=" + month;
    }
}
