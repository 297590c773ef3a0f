package cn.scorecard.app.rules;

import cn.scorecard.app.platform.ProvinceSource;
import cn.scorecard.app.platform.rules.RuleBookService;
import cn.scorecard.app.platform.rules.RuleVersion;
import cn.scorecard.app.platform.rules.StoredEdition;
import cn.scorecard.app.security.AdminOnly;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.rulebook.Assignment;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** 规则版本: every catalog and staff rule-set version, their dates and assignments, comparisons and downloads. */
@Controller
class RulesController {
    private final RuleBookService book;
    private final ProvinceSource province;

    RulesController(RuleBookService book, ProvinceSource province) {
        this.book = book;
        this.province = province;
    }

    /** An assignment as listed: the court's name ('' = every court). */
    record AssignmentRow(String court, String courtName, String from, String version, String title) {
    }

    @GetMapping("/rules")
    @RuleAccess.StaffEditors
    String index(@AuthenticationPrincipal CurrentUser user, Model model) {
        boolean admin = RuleAccess.admin(user);
        model.addAttribute("admin", admin);
        model.addAttribute("catalogs", admin ? book.editions(RuleVersion.Kind.CATALOG) : List.of());
        model.addAttribute("staffRules", book.editions(RuleVersion.Kind.STAFF_RULES));
        var courts = province.current().courts();
        model.addAttribute("assignments", book.assignments().stream()
                .filter(a -> admin || a.court().equals(user.courtCode()) || a.court().equals(Assignment.EVERY_COURT))
                .map(a -> new AssignmentRow(a.court(), a.court().isEmpty() ? Messages.text("rules.everyCourt")
                        : courts.indexOf(a.court()) >= 0 ? courts.get(courts.indexOf(a.court())).name() : a.court(),
                        a.from().toString(), a.version(), book.edition(RuleVersion.Kind.STAFF_RULES, a.version())
                        .map(StoredEdition::title).orElse(a.version()))).toList());
        model.addAttribute("levels", CourtLevel.values());
        model.addAttribute("courts", admin ? courts.all() : courts.all().stream()
                .filter(c -> c.code().equals(user.courtCode())).toList());
        return "rules/index";
    }

    @GetMapping("/rules/catalogs/{version}/{level}.yaml")
    @AdminOnly
    void catalogFile(@PathVariable String version, @PathVariable String level, HttpServletResponse response)
            throws IOException {
        CourtLevel l = level(level);
        String text = book.catalogText(version, l).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        yaml(response, Messages.text("rules.file.catalog", version, level), text);
    }

    @GetMapping("/rules/staff/{version}.yaml")
    @RuleAccess.StaffEditors
    void staffFile(@PathVariable String version, HttpServletResponse response) throws IOException {
        String text = book.staffText(version).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        yaml(response, Messages.text("rules.file.staff", version), text);
    }

    @GetMapping("/rules/catalogs/compare")
    @AdminOnly
    String compareCatalogs(@RequestParam String a, @RequestParam String b, @RequestParam(defaultValue = "BASIC") String level,
                           Model model) {
        CourtLevel l = level(level);
        var left = book.catalog(a, l).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("rules.error.unknown", a)));
        var right = book.catalog(b, l).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("rules.error.unknown", b)));
        List<CatalogCompare.Row> rows = CatalogCompare.rows(left, right);
        model.addAttribute("a", a);
        model.addAttribute("b", b);
        model.addAttribute("level", l);
        model.addAttribute("levels", CourtLevel.values());
        model.addAttribute("versions", book.editions(RuleVersion.Kind.CATALOG));
        model.addAttribute("rows", rows);
        model.addAttribute("changes", CatalogCompare.changes(rows));
        return "rules/catalog-compare";
    }

    @GetMapping("/rules/staff/compare")
    @RuleAccess.StaffEditors
    String compareStaff(@RequestParam String a, @RequestParam String b, Model model) {
        var left = book.staffRules(a).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("rules.error.unknown", a)));
        var right = book.staffRules(b).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("rules.error.unknown", b)));
        List<StaffCompare.Row> rows = StaffCompare.rows(left, right);
        model.addAttribute("a", left);
        model.addAttribute("b", right);
        model.addAttribute("versions", book.editions(RuleVersion.Kind.STAFF_RULES));
        model.addAttribute("rows", rows);
        model.addAttribute("changes", rows.stream().filter(StaffCompare.Row::changed).count());
        return "rules/staff-compare";
    }

    static CourtLevel level(String text) {
        try {
            return CourtLevel.valueOf(text.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("rules.error.noLevel", text));
        }
    }

    private static void yaml(HttpServletResponse response, String name, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/yaml;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
