package cn.scorecard.app.evidence;

import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.security.CourtScope;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.Role;
import cn.scorecard.core.court.Court;
import cn.scorecard.core.data.EvidenceStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * 佐证材料: courts upload files and comments for their documentary indicators; assessors record the finding
 * (达标 / 未达标 / 部分达标 with a required reason / 不适用).
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','ASSESSOR','COURT_ADMIN')")
class EvidenceController {
    private final EvidenceService service;
    private final EvaluationService evaluation;
    private final CourtScope scope;

    EvidenceController(EvidenceService service, EvaluationService evaluation, CourtScope scope) {
        this.service = service;
        this.evaluation = evaluation;
        this.scope = scope;
    }

    @GetMapping("/evidence")
    String overview(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user, Model model) {
        int y = year == null ? evaluation.latestYear() : year;
        List<EvidenceService.Completeness> rows = evaluation.data().courts().all().stream()
                .filter(c -> scope.canSee(user, c.code())).map(c -> service.completeness(c, y)).toList();
        model.addAttribute("year", y);
        model.addAttribute("rows", rows);
        return "evidence/overview";
    }

    @GetMapping("/evidence/{court}")
    String court(@PathVariable String court, @RequestParam(required = false) Integer year,
                 @AuthenticationPrincipal CurrentUser user, Model model) {
        scope.require(user, court);
        int y = year == null ? evaluation.latestYear() : year;
        Court c = service.court(court);
        model.addAttribute("year", y);
        model.addAttribute("court", c);
        model.addAttribute("items", service.items(court, y));
        model.addAttribute("completeness", service.completeness(c, y));
        return "evidence/court";
    }

    @GetMapping("/evidence/{court}/{code}")
    String item(@PathVariable String court, @PathVariable String code, @RequestParam(required = false) Integer year,
                @AuthenticationPrincipal CurrentUser user, Model model) {
        scope.require(user, court);
        int y = year == null ? evaluation.latestYear() : year;
        EvidenceService.Item item = service.items(court, y).stream().filter(i -> i.node().code().equals(code)).findFirst()
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND, "指标不存在"));
        model.addAttribute("year", y);
        model.addAttribute("court", service.court(court));
        model.addAttribute("item", item);
        model.addAttribute("comments", service.comments(court, y, code));
        model.addAttribute("statuses", EvidenceStatus.values());
        model.addAttribute("canAssess", user.role() == Role.ADMIN || user.role() == Role.ASSESSOR);
        return "evidence/item";
    }

    @PostMapping("/evidence/{court}/{code}/assessment")
    String assess(@PathVariable String court, @PathVariable String code, @RequestParam int year,
                  @RequestParam EvidenceStatus status, @RequestParam(required = false) Integer count,
                  @RequestParam(required = false) Double partialScore, @RequestParam(required = false) String reason,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        scope.require(user, court);
        if (user.role() != Role.ADMIN && user.role() != Role.ASSESSOR) throw new AccessDeniedException("只有评估组可以评定");
        try {
            service.assess(user.username(), court, year, code, status, count, partialScore, reason);
            flash.addFlashAttribute("message", "已保存评定");
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return redirect(court, code, year);
    }

    @PostMapping("/evidence/{court}/{code}/files")
    String upload(@PathVariable String court, @PathVariable String code, @RequestParam int year,
                  @RequestParam("file") MultipartFile file, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes flash) {
        scope.require(user, court);
        try {
            service.upload(user.username(), court, year, code, file);
            flash.addFlashAttribute("message", "已上传 " + EvidenceService.sanitize(String.valueOf(file.getOriginalFilename())));
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return redirect(court, code, year);
    }

    @PostMapping("/evidence/{court}/{code}/comments")
    String comment(@PathVariable String court, @PathVariable String code, @RequestParam int year,
                   @RequestParam String body, @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        scope.require(user, court);
        try {
            service.comment(user.username(), court, year, code, body);
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return redirect(court, code, year);
    }

    @GetMapping("/evidence/files/{id}")
    ResponseEntity<Resource> download(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        EvidenceRepository.StoredFile f = service.file(id);
        scope.require(user, f.courtCode());
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
