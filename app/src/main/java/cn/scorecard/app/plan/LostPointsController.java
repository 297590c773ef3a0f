package cn.scorecard.app.plan;

import cn.scorecard.app.evaluation.LostPointRow;
import cn.scorecard.app.export.ExportNames;
import cn.scorecard.app.documents.Downloads;
import cn.scorecard.app.evaluation.EvaluationAccess;
import cn.scorecard.app.evaluation.EvaluationResults;
import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.evaluation.PeriodParam;
import cn.scorecard.app.evaluation.PeriodQuery;
import cn.scorecard.app.evaluation.Shown;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.core.plan.LostPoints;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A court's lost points (失分清单): the page and its Excel download, on the shown (published or live) results. */
@Controller
@EvaluationAccess.Readers
class LostPointsController {
    private final EvaluationService service;
    private final EvaluationResults results;
    private final EvaluationAccess access;

    LostPointsController(EvaluationService service, EvaluationResults results, EvaluationAccess access) {
        this.service = service;
        this.results = results;
        this.access = access;
    }

    @GetMapping("/evaluation/courts/{code}/lost-points")
    String page(@PathVariable String code, @Valid PeriodQuery query, @AuthenticationPrincipal CurrentUser user, Model model) {
        access.requireCourt(user, code);
        PeriodParam period = query.resolve(service.latestYear());
        Shown shown = results.shown(period, user, query.view());
        LostPoints.Sheet sheet = LostPoints.of(shown.result(), shown.court(code).court().code());
        model.addAttribute("period", period);
        model.addAttribute("shown", shown);
        model.addAttribute("court", sheet.court());
        model.addAttribute("sheet", sheet);
        model.addAttribute("rows", LostPointRow.of(sheet));
        return "plan/lost-points";
    }

    @GetMapping("/evaluation/courts/{code}/lost-points.xlsx")
    void xlsx(@PathVariable String code, @Valid PeriodQuery query, @AuthenticationPrincipal CurrentUser user,
              HttpServletResponse response) throws IOException {
        access.requireCourt(user, code);
        PeriodParam period = query.resolve(service.latestYear());
        Shown shown = results.shown(period, user, query.view());
        LostPoints.Sheet sheet = LostPoints.of(shown.result(), shown.court(code).court().code());
        String name = sheet.court().court().name();
        Downloads.prepare(response, Downloads.XLSX, "失分清单-" + name + "-" + ExportNames.periodName(period) + ".xlsx",
                "lost-points-" + Downloads.codeAscii(code) + "-" + ExportNames.periodAscii(period) + ".xlsx");
        LostPointsWorkbook.write(sheet, period, shown.label(), response.getOutputStream());
    }
}
