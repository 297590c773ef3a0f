package cn.scorecard.app.staff.objections;

import cn.scorecard.app.documents.Downloads;
import cn.scorecard.app.web.Messages;
import cn.scorecard.app.platform.runs.ResultRun;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.staff.StaffAccess;
import cn.scorecard.app.staff.StaffSnapshot;
import cn.scorecard.app.staff.versions.StaffMonths;
import cn.scorecard.app.staff.versions.StaffRuns;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import cn.scorecard.app.web.ListColumn;
import cn.scorecard.app.web.ListExport;
import cn.scorecard.app.web.ListQuery;
import cn.scorecard.app.web.ListSpec;
import jakarta.validation.Valid;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 异议复核 pages: file (from the officer's month), list, read, decide, and the attachment. */
@Controller
@StaffAccess.Everyone
class ObjectionController {
    private final ObjectionService service;
    private final ObjectionFiling filing;
    private final StaffMonths months;
    private final StaffRuns runs;
    private final StaffAccess access;

    ObjectionController(ObjectionService service, ObjectionFiling filing, StaffMonths months, StaffRuns runs, StaffAccess access) {
        this.service = service;
        this.filing = filing;
        this.months = months;
        this.runs = runs;
        this.access = access;
    }

    /** The objections as a list (search, sort, page size, export like every list). */
    static final ListSpec<Row> LIST = ListSpec.of(List.of(
                    ListColumn.of("id", Messages.text("objections.column.id"), r -> r.objection().id()),
                    ListColumn.of("month", Messages.text("objections.column.month"), r -> r.objection().month()),
                    ListColumn.of("person", Messages.text("objections.column.person"), r -> r.name() + "（" + r.objection().staffId() + "）"),
                    ListColumn.of("filed", Messages.text("objections.column.filed"), r -> r.objection().filedAt()),
                    ListColumn.unsorted("reason", Messages.text("objections.column.reason"), r -> r.objection().reason()),
                    ListColumn.of("status", Messages.text("objections.column.status"), r -> r.objection().statusLabel()),
                    ListColumn.of("decided", Messages.text("objections.column.decided"), r -> r.objection().decidedAt())),
            r -> r.objection().id() + " " + r.name() + " " + r.objection().staffId() + " " + r.objection().reason() + " "
                    + r.objection().statusLabel(),
            "filed", true);

    @GetMapping("/staff/objections")
    String list(@RequestParam(required = false) YearMonth month, @RequestParam(required = false) String status,
                @Valid ListQuery query, @AuthenticationPrincipal CurrentUser user, Model model) {
        String s = status == null || status.isBlank() ? null : status;
        model.addAttribute("list", LIST.apply(service.list(user, month, s).stream().map(o -> row(o)).toList(), query));
        model.addAttribute("month", month);
        model.addAttribute("status", s);
        return "staff/objections";
    }

    @GetMapping("/staff/objections.xlsx")
    void export(@RequestParam(required = false) YearMonth month, @RequestParam(required = false) String status,
                @Valid ListQuery query, @AuthenticationPrincipal CurrentUser user, HttpServletResponse response)
            throws IOException {
        String s = status == null || status.isBlank() ? null : status;
        ListExport.write(response, Messages.text("objections.title"), "objections", Messages.text("objections.title") + (month == null ? "" : " · " + month),
                LIST.apply(service.list(user, month, s).stream().map(o -> row(o)).toList(), query));
    }

    @PostMapping("/staff/objections")
    @StaffAccess.Officer
    String file(@RequestParam YearMonth month, @RequestParam(required = false) String reason,
                @RequestParam(required = false) MultipartFile attachment, @AuthenticationPrincipal CurrentUser user,
                RedirectAttributes flash) {
        try {
            Objection o = filing.file(user, month, reason, attachment);
            flash.addFlashAttribute("message", Messages.text("objections.filed"));
            return "redirect:/staff/objections/" + o.id();
        } catch (IllegalArgumentException | IllegalStateException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/staff/me?month=" + month;
        }
    }

    @GetMapping("/staff/objections/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Objection o = found(user, id);
        ResultRun objected = runs.run(o.runId());
        StaffSnapshot.Person person = months.snapshot(objected).person(o.staffId()).orElse(null);
        ResultRun newRun = o.newRunId() == null ? null : runs.run(o.newRunId());
        model.addAttribute("o", o);
        model.addAttribute("person", person);
        model.addAttribute("objected", objected);
        model.addAttribute("newRun", newRun);
        model.addAttribute("newPerson", newRun == null ? null : months.snapshot(newRun).person(o.staffId()).orElse(null));
        model.addAttribute("adjustments", service.adjustments(o));
        model.addAttribute("canDecide", o.pending() && access.isGroupOf(user, o.courtCode()));
        model.addAttribute("manager", StaffAccess.manager(user));
        return "staff/objection";
    }

    @PostMapping("/staff/objections/{id}/decision")
    @StaffAccess.Group
    String decide(@PathVariable long id, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String reason,
                  @RequestParam(name = "itemCode", required = false) List<String> itemCodes,
                  @RequestParam(name = "points", required = false) List<String> points,
                  @RequestParam(name = "adjustmentReason", required = false) List<String> reasons,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        try {
            List<AdjustmentInput> adjustments = Objection.UPHELD.equals(decision) ? rows(itemCodes, points, reasons) : List.of();
            Objection o = service.decide(user, id, new Decision(decision, reason, adjustments));
            flash.addFlashAttribute("message", Messages.text(o.upheld() ? "objections.upheld" : "objections.rejected"));
        } catch (IllegalArgumentException | IllegalStateException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/staff/objections/" + id;
    }

    @GetMapping("/staff/objections/{id}/attachment")
    void attachment(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, HttpServletResponse response)
            throws IOException {
        Objection o = found(user, id);
        if (!o.hasAttachment()) throw new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("objections.error.noAttachment"));
        String ext = o.attachmentStored().substring(o.attachmentStored().lastIndexOf('.') + 1);
        Downloads.prepare(response, o.attachmentType(), o.attachmentName(), "objection-" + o.id() + "." + ext);
        Files.copy(service.attachment(o), response.getOutputStream());
    }

    /** The list's line: the objection and the person's name as published. */
    public record Row(Objection objection, String name) {
    }

    private Row row(Objection o) {
        String name = months.snapshot(o.runId()).person(o.staffId()).map(StaffSnapshot.Person::name).orElse(o.staffId());
        return new Row(o, name);
    }

    private Objection found(CurrentUser user, long id) {
        try {
            return service.get(user, id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    /** The form's adjustment rows; rows left empty are skipped, a half-filled row is kept so that it is refused. */
    static List<AdjustmentInput> rows(List<String> codes, List<String> points, List<String> reasons) {
        List<AdjustmentInput> out = new ArrayList<>();
        int n = codes == null ? 0 : codes.size();
        for (int i = 0; i < n; i++) {
            String code = codes.get(i);
            String p = points != null && i < points.size() ? points.get(i) : "";
            String r = reasons != null && i < reasons.size() ? reasons.get(i) : "";
            if (blank(code) && blank(p) && blank(r)) continue;
            Double value;
            try {
                value = blank(p) ? null : Double.valueOf(p.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(Messages.text("objections.error.notANumber", p));
            }
            out.add(new AdjustmentInput(blank(code) ? null : code.trim(), value, r));
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
