package cn.scorecard.app.staff.records;

import cn.scorecard.app.web.Messages;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.staff.StaffAccess;
import cn.scorecard.app.staff.StaffResultService;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import cn.scorecard.app.web.ListColumn;
import cn.scorecard.app.web.ListExport;
import cn.scorecard.app.web.ListQuery;
import cn.scorecard.app.web.ListSpec;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 考核记录: the assessment group's incidents (with files), vetoes, quotas and clerks' quarterly evaluations of a
 * court's month. The court's group and the administrator change them; court administrators read them.
 */
@Controller
@StaffAccess.Managers
class StaffRecordController {
    private final StaffRecordService service;
    private final StaffResultService results;
    private final StaffAccess access;

    StaffRecordController(StaffRecordService service, StaffResultService results, StaffAccess access) {
        this.service = service;
        this.results = results;
        this.access = access;
    }

    /** The incidents of the month as a list (search, sort, page size, export like every list). */
    static final ListSpec<StaffRecordService.IncidentRow> INCIDENTS = ListSpec.of(List.of(
                    ListColumn.of("id", Messages.text("incidents.column.id"), r -> r.incident().eventId()),
                    ListColumn.of("person", Messages.text("incidents.column.person"), r -> r.person().name() + "（" + r.incident().staffCode() + "）"),
                    ListColumn.of("day", Messages.text("incidents.column.day"), r -> r.incident().day()),
                    ListColumn.of("kind", Messages.text("incidents.column.kind"), StaffRecordService.IncidentRow::kindName),
                    ListColumn.of("case", Messages.text("incidents.column.case"), r -> r.incident().caseNumber()),
                    ListColumn.of("count", Messages.text("incidents.column.count"), r -> r.incident().count()),
                    ListColumn.unsorted("note", Messages.text("incidents.column.note"), r -> r.incident().note()),
                    ListColumn.of("recorder", Messages.text("incidents.column.recorder"), r -> r.incident().recorder())),
            r -> r.incident().eventId() + " " + r.person().name() + " " + r.incident().staffCode() + " " + r.kindName() + " "
                    + nz(r.incident().caseNumber()) + " " + nz(r.incident().note()) + " " + nz(r.incident().recorder()),
            "day", false);

    @GetMapping("/staff/records")
    String page(@RequestParam(required = false) String court, @RequestParam(required = false) YearMonth month,
                @Valid ListQuery query, @AuthenticationPrincipal CurrentUser user, Model model) {
        String c = court == null || court.isBlank() ? defaultCourt(user) : court;
        access.requireCourt(user, c);
        YearMonth m = month == null ? results.defaultMonth() : month;
        StaffRecordService.Page page = service.page(c, m);
        model.addAttribute("page", page);
        model.addAttribute("incidents", INCIDENTS.apply(page.incidents(), query));
        model.addAttribute("canManage", access.canManage(user, c));
        model.addAttribute("firstKinds", page.people().isEmpty() ? java.util.List.of()
                : service.kinds(c, m, page.people().get(0).role()));
        return "staff/records";
    }

    @GetMapping("/staff/records.xlsx")
    void export(@RequestParam(required = false) String court, @RequestParam(required = false) YearMonth month,
                @Valid ListQuery query, @AuthenticationPrincipal CurrentUser user, HttpServletResponse response)
            throws IOException {
        String c = court == null || court.isBlank() ? defaultCourt(user) : court;
        access.requireCourt(user, c);
        YearMonth m = month == null ? results.defaultMonth() : month;
        StaffRecordService.Page page = service.page(c, m);
        String title = Messages.text("incidents.title");
        ListExport.write(response, title + "-" + page.court().name() + "-" + m, "incidents-" + m,
                page.court().name() + " · " + m + " " + title, INCIDENTS.apply(page.incidents(), query));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The kinds of the person chosen in the add form (htmx). */
    @GetMapping("/staff/records/kinds")
    @StaffAccess.Recorders
    String kinds(@RequestParam String staff, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("kinds", service.kindsFor(user, staff));
        return "staff/records :: kindOptions";
    }

    @PostMapping("/staff/records/incidents")
    @StaffAccess.Recorders
    String add(@RequestParam String court, @RequestParam YearMonth month, @RequestParam String staff,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
               @RequestParam(required = false) String kind, @RequestParam(required = false) String caseNumber,
               @RequestParam(defaultValue = "1") int count, @RequestParam(required = false) String note,
               @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        return run(flash, court, month, () -> Messages.text("records.flash.added",
                service.addIncident(user, month, staff, day, kind, caseNumber, count, note)));
    }

    @PostMapping("/staff/records/incidents/update")
    @StaffAccess.Recorders
    String update(@RequestParam String court, @RequestParam YearMonth month, @RequestParam String id, @RequestParam String staff,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                  @RequestParam(required = false) String kind, @RequestParam(required = false) String caseNumber,
                  @RequestParam(defaultValue = "1") int count, @RequestParam(required = false) String note,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        return run(flash, court, month, () -> {
            service.updateIncident(user, id, staff, day, kind, caseNumber, count, note);
            return Messages.text("records.flash.changed", String.valueOf(id));
        });
    }

    @PostMapping("/staff/records/incidents/delete")
    @StaffAccess.Recorders
    String delete(@RequestParam String court, @RequestParam YearMonth month, @RequestParam String id,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        return run(flash, court, month, () -> {
            service.deleteIncident(user, id);
            return Messages.text("records.flash.deleted", String.valueOf(id));
        });
    }

    @PostMapping("/staff/records/incidents/files")
    @StaffAccess.Recorders
    String attach(@RequestParam String court, @RequestParam YearMonth month, @RequestParam String id,
                  @RequestParam("file") MultipartFile file, @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        return run(flash, court, month, () -> {
            service.attach(user, id, file);
            return Messages.text("records.flash.uploaded",
                    cn.scorecard.app.evidence.EvidenceService.sanitize(String.valueOf(file.getOriginalFilename())));
        });
    }

    @GetMapping("/staff/records/files/{id}")
    ResponseEntity<Resource> download(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        StaffRecordRepository.IncidentFile f = service.file(user, id);
        String encoded = URLEncoder.encode(f.originalName(), StandardCharsets.UTF_8).replace("+", "%20");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"incident-" + f.id() + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(f.contentType()))
                .body(new FileSystemResource(service.path(f)));
    }

    @PostMapping("/staff/records/vetoes")
    @StaffAccess.Recorders
    String addVeto(@RequestParam String court, @RequestParam YearMonth month, @RequestParam String staff,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                   @RequestParam(required = false) String condition, @RequestParam(required = false) String note,
                   @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        return run(flash, court, month, () -> {
            service.addVeto(user, staff, day, condition, note);
            return Messages.text("records.flash.vetoAdded");
        });
    }

    @PostMapping("/staff/records/vetoes/delete")
    @StaffAccess.Recorders
    String deleteVeto(@RequestParam String court, @RequestParam YearMonth month, @RequestParam String staff,
                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @RequestParam String condition,
                      @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        return run(flash, court, month, () -> {
            service.deleteVeto(user, staff, day, condition);
            return Messages.text("records.flash.vetoDeleted");
        });
    }

    @PostMapping("/staff/records/quotas")
    @StaffAccess.Recorders
    String quota(@RequestParam String court, @RequestParam YearMonth month, @RequestParam String staff,
                 @RequestParam(defaultValue = "false") boolean standing, @RequestParam(required = false) Integer quota,
                 @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        return run(flash, court, month, () -> {
            service.setQuota(user, staff, month, standing, quota);
            return Messages.text(quota == null ? "records.flash.quotaCleared" : "records.flash.quotaSet");
        });
    }

    @PostMapping("/staff/records/clerks")
    @StaffAccess.Recorders
    String clerk(@RequestParam String court, @RequestParam YearMonth month, @RequestParam String staff,
                 @RequestParam Map<String, String> params, @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        return run(flash, court, month, () -> {
            Map<String, Double> parts = new HashMap<>();
            params.forEach((k, v) -> {
                if (k.startsWith("part.") && v != null && !v.isBlank()) {
                    try {
                        parts.put(k.substring(5), Double.parseDouble(v.trim()));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(Messages.text("records.error.notANumber", v));
                    }
                }
            });
            service.setClerkEvaluation(user, staff, month.getYear(), (month.getMonthValue() - 1) / 3 + 1, parts);
            return Messages.text("records.flash.clerkSaved");
        });
    }

    private interface Change {
        String run();
    }

    private static String run(RedirectAttributes flash, String court, YearMonth month, Change change) {
        try {
            flash.addFlashAttribute("message", change.run());
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/staff/records?court=" + URLEncoder.encode(court, StandardCharsets.UTF_8) + "&month=" + month;
    }

    private String defaultCourt(CurrentUser user) {
        if (user.courtCode() != null) return user.courtCode();
        return results.data().courts().get(results.data().courts().size() - 1).code();
    }
}
