package cn.scorecard.app.upload;

import cn.scorecard.app.platform.importing.ImportService;
import cn.scorecard.app.platform.importing.Importer;
import cn.scorecard.app.platform.templates.TemplateService;
import cn.scorecard.app.platform.templates.TemplateType;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * 数据导入: upload the interchange files (CSV or a workbook), imported whole or not at all, with progress and
 * the validation report in the page; templates for every record type. Province-level data managers only
 * (administrators and the assessment office): a file may hold rows of any court.
 */
@Controller
@ImportAccess.DataManagers
class UploadController {
    private final ImportService imports;
    private final TemplateService templates;
    private final UploadJobs jobs;

    private final UploadStaging staging;

    UploadController(ImportService imports, TemplateService templates, UploadJobs jobs, UploadStaging staging) {
        this.imports = imports;
        this.templates = templates;
        this.jobs = jobs;
        this.staging = staging;
    }

    @GetMapping("/import")
    String page(Model model) {
        model.addAttribute("types", templates.types());
        model.addAttribute("recent", imports.recentImports(20));
        model.addAttribute("profiles", imports.profiles().list());
        return "upload/index";
    }

    @PostMapping("/import")
    String upload(@RequestParam("files") List<MultipartFile> files, @AuthenticationPrincipal CurrentUser user, Model model) {
        Path dir = saveAll(files);
        // headers not ours: the mapping screen first (a stored profile that fits is chosen there by itself)
        if (Importer.tables(List.of(dir)).stream().anyMatch(t -> !Importer.isOurs(t))) {
            return "redirect:/import/mapping/" + staging.stage(user.username(), dir).id();
        }
        UploadJobs.Job job = jobs.start(user.username(), j -> {
            try {
                // the import writes its import_log row and audit entry itself, in the transaction of its data
                return imports.importFiles(List.of(dir), user.username(), j::progress);
            } finally {
                deleteQuietly(dir);
            }
        });
        model.addAttribute("job", job);
        return "upload/job";
    }

    @GetMapping("/import/jobs/{id}")
    String job(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        UploadJobs.Job job = jobs.get(id);
        if (job == null || !job.owner().equals(user.username())) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        model.addAttribute("job", job);
        return "upload/job :: progress";
    }

    @GetMapping("/import/templates/{name}.csv")
    void csvTemplate(@PathVariable String name, HttpServletResponse response) throws IOException {
        TemplateType type = templates.type(name);
        attachment(response, "text/csv;charset=UTF-8", type.csvFileName());
        templates.writeCsv(type, response.getOutputStream());
    }

    @GetMapping("/import/templates/all.xlsx")
    void xlsxTemplate(HttpServletResponse response) throws IOException {
        attachment(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Messages.text("upload.templateFile"));
        templates.writeXlsx(templates.types(), response.getOutputStream());
    }

    private static void attachment(HttpServletResponse response, String type, String name) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"template\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /** Uploads keep their file names (they name the record type) in a fresh temporary directory. */
    private static Path saveAll(List<MultipartFile> files) {
        try {
            Path dir = Files.createTempDirectory("scorecard-upload");
            List<String> names = new ArrayList<>();
            for (MultipartFile f : files) {
                if (f.isEmpty()) continue;
                String name = Path.of(String.valueOf(f.getOriginalFilename()).replace('\\', '/')).getFileName().toString();
                if (!name.matches("[^/]+\\.(csv|xlsx)") || names.contains(name)) {
                    throw new ResponseStatusException(HttpStatus.BAD_REQUEST, Messages.text("upload.error.file", name));
                }
                names.add(name);
                f.transferTo(dir.resolve(name));
            }
            if (names.isEmpty()) throw new ResponseStatusException(HttpStatus.BAD_REQUEST, Messages.text("upload.error.none"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
