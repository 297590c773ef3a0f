package cn.scorecard.app.evidence;

import cn.scorecard.app.documents.FileStorage;
import cn.scorecard.app.web.Messages;
import cn.scorecard.app.audit.AuditLog;
import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.platform.ProvinceSource;
import cn.scorecard.core.catalog.IndicatorNode;
import cn.scorecard.core.catalog.ScoringRule;
import cn.scorecard.core.court.Court;
import cn.scorecard.core.data.EvidenceStatus;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

/** Evidence for the documentary indicators: findings, files, comments, completeness; every change audited. */
@Service
public class EvidenceService {
    private final EvidenceRepository repository;
    private final FileStorage storage;
    private final EvaluationService evaluation;
    private final ProvinceSource province;
    private final AuditLog audit;

    EvidenceService(EvidenceRepository repository, FileStorage storage, EvaluationService evaluation,
                    ProvinceSource province, AuditLog audit) {
        this.repository = repository;
        this.storage = storage;
        this.evaluation = evaluation;
        this.province = province;
        this.audit = audit;
    }

    /** One documentary indicator of a court with what has been submitted and found. */
    public record Item(IndicatorNode node, EvidenceRepository.Finding finding, List<EvidenceRepository.StoredFile> files) {
        public boolean assessed() {
            return finding != null;
        }

        /** The finding carries a count (次数, 件数); an evidence fallback of a computed leaf is met / not met only. */
        public boolean frequency() {
            if (node.scoring().evidenceFallback()) return false;
            return node.scoring().rule() == ScoringRule.FREQUENCY || node.scoring().rule() == ScoringRule.ZERO;
        }

        /** Where the item stands: 待提交 (no file, no finding), 待评定 (files, no finding), or the finding. */
        public String state() {
            if (finding != null) return finding.status().label();
            return files.isEmpty() ? TO_SUBMIT : TO_ASSESS;
        }

        /** The badge colour of {@link #state()}. */
        public String badge() {
            if (finding == null) return files.isEmpty() ? "text-bg-light border" : "text-bg-info";
            return switch (finding.status()) {
                case MET -> "text-bg-success";
                case NOT_MET -> "text-bg-danger";
                case NOT_APPLICABLE -> "text-bg-secondary";
                case PARTIAL -> "text-bg-warning";
            };
        }
    }

    static final String TO_SUBMIT = Messages.text("evidence.state.toSubmit");
    static final String TO_ASSESS = Messages.text("evidence.state.toAssess");

    /**
     * How complete a court's evidence is: the items with a finding (评定完成), those with files waiting for one
     * (待评定), those with neither (待提交). The completion counts findings only: files alone are not an assessment.
     */
    public record Completeness(Court court, int total, int assessed, int withFiles, int toAssess, int toSubmit) {
        public int percent() {
            return total == 0 ? 0 : Math.round(100f * assessed / total);
        }
    }

    Court court(String code) {
        return province.current().courts().get(province.current().courts().indexOf(code));
    }

    List<IndicatorNode> documentaryLeaves(Court court) {
        return evaluation.catalog(court.level()).allNodes().stream()
                .filter(IndicatorNode::takesEvidence)
                .toList();
    }

    List<Item> items(String courtCode, int year) {
        Court court = court(courtCode);
        Map<String, EvidenceRepository.Finding> findings = repository.findings(courtCode, year).stream()
                .collect(Collectors.toMap(EvidenceRepository.Finding::indicatorCode, Function.identity()));
        Map<String, List<EvidenceRepository.StoredFile>> files = repository.files(courtCode, year).stream()
                .collect(Collectors.groupingBy(EvidenceRepository.StoredFile::indicatorCode));
        List<Item> out = new ArrayList<>();
        for (IndicatorNode n : documentaryLeaves(court)) {
            out.add(new Item(n, findings.get(n.code()), files.getOrDefault(n.code(), List.of())));
        }
        return out;
    }

    Completeness completeness(Court court, int year) {
        List<Item> items = items(court.code(), year);
        int assessed = (int) items.stream().filter(Item::assessed).count();
        int withFiles = (int) items.stream().filter(i -> !i.files().isEmpty()).count();
        int toAssess = (int) items.stream().filter(i -> !i.assessed() && !i.files().isEmpty()).count();
        int toSubmit = (int) items.stream().filter(i -> !i.assessed() && i.files().isEmpty()).count();
        return new Completeness(court, items.size(), assessed, withFiles, toAssess, toSubmit);
    }

    @Transactional
    void assess(String actor, String court, int year, String code, EvidenceStatus status, Integer count,
                Double partialScore, String reason) {
        IndicatorNode node = documentaryLeaves(court(court)).stream().filter(n -> n.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(Messages.text("evidence.error.notEvidence", code)));
        if (partialScore != null && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException(Messages.text("evidence.error.reason"));
        }
        if (partialScore != null && (partialScore < 0 || partialScore > 100)) {
            throw new IllegalArgumentException(Messages.text("evidence.error.range"));
        }
        if (status == EvidenceStatus.PARTIAL && partialScore == null) {
            throw new IllegalArgumentException(Messages.text("evidence.error.score"));
        }
        String before = repository.finding(court, year, code).map(Object::toString).orElse(null);
        EvidenceRepository.Finding f = new EvidenceRepository.Finding(court, year, node.code(), status, count, partialScore,
                reason == null || reason.isBlank() ? null : reason.trim());
        repository.save(f, actor);
        audit.record(actor, Messages.text("evidence.audit.assessed"), "evidence", court + "/" + year + "/" + code, court, before, f.toString());
        afterCommit(province::invalidate); // the new data version is visible to the reload only once committed
    }

    @Transactional
    long upload(String actor, String court, int year, String code, MultipartFile file) {
        documentaryLeaves(court(court)).stream().filter(n -> n.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(Messages.text("evidence.error.notEvidence", code)));
        FileStorage.Stored s = storage.store(file);
        String original = file.getOriginalFilename() == null ? s.storedName() : sanitize(file.getOriginalFilename());
        long id = repository.addFile(new EvidenceRepository.StoredFile(0, court, year, code, original, s.storedName(),
                contentType(s.extension()), s.size(), s.sha256(), actor, LocalDateTime.now()));
        audit.record(actor, Messages.text("evidence.audit.uploaded"), "evidence_file", court + "/" + year + "/" + code, court,
                null, Messages.text("evidence.audit.uploadedDetail", original, String.valueOf(s.size()), s.sha256()));
        return id;
    }

    void comment(String actor, String court, int year, String code, String body) {
        if (body == null || body.isBlank()) throw new IllegalArgumentException(Messages.text("evidence.error.comment"));
        repository.addComment(court, year, code, actor, body.trim());
        audit.record(actor, Messages.text("evidence.audit.comment"), "evidence_comment", court + "/" + year + "/" + code, court, null, body.trim());
    }

    List<EvidenceRepository.Comment> comments(String court, int year, String code) {
        return repository.comments(court, year, code);
    }

    java.util.Optional<EvidenceRepository.StoredFile> file(long id) {
        return repository.file(id);
    }

    java.nio.file.Path path(EvidenceRepository.StoredFile f) {
        return storage.path(f.storedName());
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    public static String sanitize(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.replaceAll("[\\p{Cntrl}<>:\"|?*]", "_");
    }

    public static String contentType(String ext) {
        return switch (ext) {
            case "pdf" -> "application/pdf";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "doc" -> "application/msword";
            case "xls" -> "application/vnd.ms-excel";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            default -> "application/octet-stream";
        };
    }
}
