package cn.scorecard.app.upload;

import cn.scorecard.app.platform.importing.ImportProfiles;
import cn.scorecard.app.platform.importing.ImportReport;
import cn.scorecard.app.platform.importing.ImportService;
import cn.scorecard.app.platform.importing.Importer;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.core.io.TableInput;
import cn.scorecard.core.mapping.MappingProfile;
import cn.scorecard.core.mapping.ProfileException;
import cn.scorecard.core.mapping.ProfileMapping;
import cn.scorecard.core.mapping.ProfileParser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * 导入映射: an upload whose headers are not ours. A stored profile that reads the files is chosen by itself;
 * otherwise each source column is shown with samples and a suggested target, the values outside a vocabulary
 * with a picker. 预览 shows the first rows after mapping and the validation report, nothing written; 保存并导入
 * saves the profile (a new version) and imports through it, atomically like every import.
 */
@Controller
@ImportAccess.DataManagers
class MappingController {
    private static final int PREVIEW_ROWS = 5;

    private final ImportService imports;
    private final UploadStaging staging;
    private final UploadJobs jobs;

    MappingController(ImportService imports, UploadStaging staging, UploadJobs jobs) {
        this.imports = imports;
        this.staging = staging;
        this.jobs = jobs;
    }

    @GetMapping("/import/mapping/{id}")
    String page(@PathVariable long id, @RequestParam(defaultValue = "false") boolean manual,
                @AuthenticationPrincipal CurrentUser user, Model model) {
        UploadStaging.Staged s = staged(id, user);
        List<TableInput> tables = Importer.tables(List.of(s.dir()));
        Optional<ImportProfiles.Stored> fitting = manual ? Optional.empty() : imports.profiles().fitting(tables);
        if (fitting.isPresent()) {
            MappingProfile p = fitting.get().profile();
            model.addAttribute("chosen", fitting.get());
            preview(model, s, tables, p);
            return page(model, s, null);
        }
        return page(model, s, MappingScreen.of(scans(tables), Map.of(), imports.courts()));
    }

    @PostMapping("/import/mapping/{id}/preview")
    String preview(@PathVariable long id, @RequestParam Map<String, String> form, @AuthenticationPrincipal CurrentUser user,
                   Model model) {
        UploadStaging.Staged s = staged(id, user);
        List<TableInput> tables = Importer.tables(List.of(s.dir()));
        MappingScreen screen = MappingScreen.of(scans(tables), form, imports.courts());
        try {
            String yaml = ProfileBuilder.yaml(screen);
            preview(model, s, tables, ProfileParser.parse(yaml, screen.name()));
            model.addAttribute("yaml", yaml);
        } catch (ProfileException e) {
            model.addAttribute("problems", e.problems());
        }
        return page(model, s, screen);
    }

    @PostMapping("/import/mapping/{id}/import")
    String importMapped(@PathVariable long id, @RequestParam Map<String, String> form,
                        @AuthenticationPrincipal CurrentUser user, Model model) {
        UploadStaging.Staged s = staged(id, user);
        MappingProfile profile;
        String chosen = form.get("profile");
        if (chosen != null) {
            profile = imports.profiles().latest(chosen).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).profile();
        } else {
            List<TableInput> tables = Importer.tables(List.of(s.dir()));
            MappingScreen screen = MappingScreen.of(scans(tables), form, imports.courts());
            try {
                profile = imports.profiles().save(ProfileBuilder.yaml(screen), user.username()).profile();
            } catch (ProfileException e) {
                model.addAttribute("problems", e.problems());
                return page(model, s, screen);
            }
        }
        staging.take(id, user.username());
        UploadJobs.Job job = jobs.start(user.username(), j -> {
            try {
                return imports.importFiles(List.of(s.dir()), profile, user.username(), j::progress);
            } finally {
                UploadStaging.delete(s.dir());
            }
        });
        model.addAttribute("job", job);
        return "upload/job";
    }

    @GetMapping("/import/profiles/{name}.yaml")
    void download(@PathVariable String name, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        ImportProfiles.Stored p = imports.profiles().latest(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        response.setContentType("application/yaml;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"profile.yaml\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode(p.name() + ".yaml", java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        response.getOutputStream().write(p.content().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void preview(Model model, UploadStaging.Staged s, List<TableInput> tables, MappingProfile p) {
        model.addAttribute("previews", ProfileMapping.preview(p, tables, PREVIEW_ROWS));
        ImportReport check = imports.check(List.of(s.dir()), p);
        model.addAttribute("check", check);
    }

    private String page(Model model, UploadStaging.Staged s, MappingScreen screen) {
        model.addAttribute("staged", s);
        model.addAttribute("screen", screen);
        return "upload/mapping";
    }

    private UploadStaging.Staged staged(long id, CurrentUser user) {
        UploadStaging.Staged s = staging.get(id, user.username());
        if (s == null) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        return s;
    }

    private static List<SourceScan> scans(List<TableInput> tables) {
        return tables.stream().filter(t -> !Importer.isOurs(t)).map(SourceScan::of).toList();
    }
}
