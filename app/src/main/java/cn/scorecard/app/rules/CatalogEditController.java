package cn.scorecard.app.rules;

import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.evaluation.PeriodParam;
import cn.scorecard.app.platform.rules.RuleBookService;
import cn.scorecard.app.platform.rules.RuleVersion;
import cn.scorecard.app.security.AdminOnly;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.court.CourtLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * A new catalog version: a form of one level's weights, targets and required counts (or an uploaded YAML file),
 * checked like the files at start-up; its preview on the current data; its activation (audited).
 */
@Controller
@AdminOnly
class CatalogEditController {
    private final RuleBookService book;
    private final CatalogEdits edits;
    private final CatalogPreview preview;
    private final EvaluationService evaluation;

    CatalogEditController(RuleBookService book, CatalogEdits edits, CatalogPreview preview, EvaluationService evaluation) {
        this.book = book;
        this.edits = edits;
        this.preview = preview;
        this.evaluation = evaluation;
    }

    @GetMapping("/rules/catalogs/new")
    String form(@RequestParam(required = false) String basedOn, @RequestParam(defaultValue = "BASIC") String level,
                Model model) {
        String base = basedOn == null || basedOn.isBlank() ? evaluation.catalogVersion() : basedOn;
        CourtLevel l = RulesController.level(level);
        String text = book.catalogText(base, l).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                Messages.text("rules.error.unknown", base)));
        model.addAttribute("basedOn", base);
        model.addAttribute("level", l);
        model.addAttribute("levels", CourtLevel.values());
        model.addAttribute("versions", book.editions(RuleVersion.Kind.CATALOG));
        model.addAttribute("nodes", book.catalog(base, l).orElseThrow().allNodes());
        model.addAttribute("fields", CatalogYamlEdit.fields(text));
        if (!model.containsAttribute("values")) model.addAttribute("values", Map.of());
        return "rules/catalog-edit";
    }

    @PostMapping("/rules/catalogs")
    String create(@RequestParam String version, @RequestParam(required = false) String title,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam String basedOn, @RequestParam String level, @RequestParam Map<String, String> params,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            for (String f : CatalogYamlEdit.FIELDS) if (k.startsWith(f + ":")) values.put(k, v);
        });
        CatalogDraft draft = new CatalogDraft(version.strip(), title, from, to, basedOn, null);
        try {
            String created = edits.fromForm(draft, RulesController.level(level), values, user.username());
            redirect.addFlashAttribute("message", Messages.text("rules.catalog.created", created));
            return "redirect:/rules/catalogs/" + created + "/preview";
        } catch (RuleEditException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("errorNode", e.node());
            redirect.addFlashAttribute("errorField", e.field());
            redirect.addFlashAttribute("values", values);
            redirect.addFlashAttribute("draft", draft);
            return "redirect:/rules/catalogs/new?basedOn=" + basedOn + "&level=" + level;
        }
    }

    @PostMapping("/rules/catalogs/upload")
    String upload(@RequestParam String version, @RequestParam(required = false) String title,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(required = false) String basedOn, @RequestParam String level,
                  @RequestParam MultipartFile file, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes redirect) throws IOException {
        CatalogDraft draft = new CatalogDraft(version.strip(), title, from, to, basedOn, null);
        try {
            String text = new String(file.getBytes(), StandardCharsets.UTF_8);
            String created = edits.fromUpload(draft, RulesController.level(level), text, user.username());
            redirect.addFlashAttribute("message", Messages.text("rules.catalog.uploaded", created));
            return "redirect:/rules/catalogs/" + created + "/preview";
        } catch (RuleEditException e) {
            redirect.addFlashAttribute("error", Messages.text("rules.error.inFile", file.getOriginalFilename(), e.getMessage()));
            return "redirect:/rules";
        }
    }

    @GetMapping("/rules/catalogs/{version}/preview")
    String preview(@PathVariable String version, @RequestParam(required = false) Integer year,
                   @RequestParam(required = false) Integer month, Model model) {
        var edition = book.edition(RuleVersion.Kind.CATALOG, version)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("rules.error.unknown", version)));
        int y = year == null ? Math.max(evaluation.latestYear(), edition.from().getYear()) : year;
        PeriodParam period = new PeriodParam(y, month);
        model.addAttribute("edition", edition);
        model.addAttribute("period", period);
        model.addAttribute("preview", preview.of(version, period.period()));
        model.addAttribute("inForce", book.catalogVersionOn(period.period().end()));
        model.addAttribute("covers", edition.from().isAfter(period.period().end()) ? false
                : edition.to() == null || !edition.to().isBefore(period.period().end()));
        return "rules/catalog-preview";
    }

    @PostMapping("/rules/catalogs/{version}/activate")
    String activate(@PathVariable String version, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            edits.activate(version, user.username());
            redirect.addFlashAttribute("message", Messages.text("rules.catalog.activated", version));
        } catch (IllegalStateException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/rules";
    }
}
