package cn.scorecard.app.evidence;

import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.core.court.Court;
import cn.scorecard.core.data.EvidenceStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 佐证材料: courts upload files and comments for their documentary indicators; assessors record the finding
 * (达标 / 未达标 / 部分达标 with a required reason / 不适用).
 */
@Controller
@EvidenceAccess.Participants
class EvidenceController {
    private final EvidenceService service;
    private final EvaluationService evaluation;
    private final EvidenceAccess access;
    private final EvidenceNotices notices;

    EvidenceController(EvidenceService service, EvaluationService evaluation, EvidenceAccess access, EvidenceNotices notices) {
        this.service = service;
        this.evaluation = evaluation;
        this.access = access;
        this.notices = notices;
    }

    /** The documentary indicator's name, for the notices. */
    private String name(String court, String code) {
        return service.documentaryLeaves(service.court(court)).stream().filter(n -> n.code().equals(code))
                .map(n -> n.name()).findFirst().orElse("");
    }

    @GetMapping("/evidence")
    String overview(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year, @AuthenticationPrincipal CurrentUser user, Model model) {
        int y = year == null ? evaluation.latestYear() : year;
        List<EvidenceService.Completeness> rows = evaluation.data().courts().all().stream()
                .filter(c -> access.canSee(user, c.code())).map(c -> service.completeness(c, y)).toList();
        model.addAttribute("year", y);
        model.addAttribute("rows", rows);
        return "evidence/overview";
    }

    @GetMapping("/evidence/{court}")
    String court(@PathVariable String court, @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
                 @AuthenticationPrincipal CurrentUser user, Model model) {
        access.requireCourt(user, court);
        int y = year == null ? evaluation.latestYear() : year;
        Court c = service.court(court);
        model.addAttribute("year", y);
        model.addAttribute("court", c);
        model.addAttribute("items", service.items(court, y));
        model.addAttribute("completeness", service.completeness(c, y));
        return "evidence/court";
    }

    @GetMapping("/evidence/{court}/{code}")
    String item(@PathVariable String court, @PathVariable String code, @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
                @AuthenticationPrincipal CurrentUser user, Model model) {
        access.requireCourt(user, court);
        int y = year == null ? evaluation.latestYear() : year;
        EvidenceService.Item item = service.items(court, y).stream().filter(i -> i.node().code().equals(code)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("evidence.error.unknownCode", code)));
        model.addAttribute("year", y);
        model.addAttribute("court", service.court(court));
        model.addAttribute("item", item);
        model.addAttribute("comments", service.comments(court, y, code));
        model.addAttribute("statuses", EvidenceStatus.values());
        model.addAttribute("canAssess", access.mayAssess(user));
        return "evidence/item";
    }

    @PostMapping("/evidence/{court}/{code}/assessment")
    String assess(@PathVariable String court, @PathVariable String code, @RequestParam @Min(2000) @Max(2100) int year,
                  @RequestParam EvidenceStatus status, @RequestParam(required = false) Integer count,
                  @RequestParam(required = false) Double partialScore, @RequestParam(required = false) String reason,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        access.requireAssess(user, court);
        try {
            service.assess(user.username(), court, year, code, status, count, partialScore, reason);
            notices.assessed(user, court, service.court(court).name(), year, code, name(court, code), status.label()
                    + (partialScore == null ? "" : Messages.text("evidence.notice.score", Formats.score(partialScore)))
                    + (reason == null || reason.isBlank() ? "" : Messages.text("evidence.notice.reason", reason.trim())));
            flash.addFlashAttribute("message", Messages.text("evidence.saved"));
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return redirect(court, code, year);
    }

    @PostMapping("/evidence/{court}/{code}/files")
    String upload(@PathVariable String court, @PathVariable String code, @RequestParam @Min(2000) @Max(2100) int year,
                  @RequestParam("file") MultipartFile file, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes flash) {
        access.requireCourt(user, court);
        try {
            service.upload(user.username(), court, year, code, file);
            notices.uploaded(user, court, service.court(court).name(), year, code, name(court, code),
                    EvidenceService.sanitize(String.valueOf(file.getOriginalFilename())));
            flash.addFlashAttribute("message",
                    Messages.text("evidence.uploaded", EvidenceService.sanitize(String.valueOf(file.getOriginalFilename()))));
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return redirect(court, code, year);
    }

    @PostMapping("/evidence/{court}/{code}/comments")
    String comment(@PathVariable String court, @PathVariable String code, @RequestParam @Min(2000) @Max(2100) int year,
                   @RequestParam String body, @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        access.requireCourt(user, court);
        try {
            service.comment(user.username(), court, year, code, body);
            notices.commented(user, court, service.court(court).name(), year, code, name(court, code));
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return redirect(court, code, year);
    }

    @GetMapping("/evidence/files/{id}")
    ResponseEntity<Resource> download(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        EvidenceRepository.StoredFile f = service.file(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("evidence.error.unknownFile", String.valueOf(id))));
        access.requireCourt(user, f.courtCode());
        String encoded = URLEncoder.encode(f.originalName(), StandardCharsets.UTF_8).replace("+", "%20");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"evidence-" + f.id() + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(f.contentType()))
                .body(new FileSystemResource(service.path(f)));
    }

    private static String redirect(String court, String code, int year) {
        return "redirect:/evidence/" + URLEncoder.encode(court, StandardCharsets.UTF_8) + "/" + code + "?year=" + year;
    }
}
