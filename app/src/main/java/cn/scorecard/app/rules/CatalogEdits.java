package cn.scorecard.app.rules;

import cn.scorecard.app.audit.AuditLog;
import cn.scorecard.app.platform.rules.RuleBookService;
import cn.scorecard.app.platform.rules.RuleVersion;
import cn.scorecard.core.catalog.CatalogValidationException;
import cn.scorecard.core.court.CourtLevel;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * New catalog versions made in the application: from a form (weights, targets, required counts of one level, the
 * other levels copied from the version it is based on) or from an uploaded YAML file of one level. Each is checked
 * like the bundled files at start-up and stored as a proposed version; activating it is a separate, audited step.
 */
@Service
class CatalogEdits {
    private static final List<String> KNOWN_FIELDS = List.of("weight", "target", "required", "metric", "kind", "rule",
            "years", "direction", "noCasesFullMarks", "children", "code", "level", "version", "name");
    private final RuleBookService book;
    private final AuditLog audit;

    CatalogEdits(RuleBookService book, AuditLog audit) {
        this.book = book;
        this.audit = audit;
    }

    /** A new version from the form's edits ("weight:B1" → "35", …) of one level. */
    String fromForm(CatalogDraft draft, CourtLevel level, Map<String, String> edits, String actor) {
        draft.check();
        String base = base(draft);
        String edited = CatalogYamlEdit.apply(book.catalogText(base, level).orElseThrow(), draft.version(), edits);
        return save(draft, level, edited, actor, "表单修改" + level.label() + "法院 " + edits.size() + " 项");
    }

    /** A new version whose level is the uploaded file (its {@code version:} must be the new version's name). */
    String fromUpload(CatalogDraft draft, CourtLevel level, String text, String actor) {
        draft.check();
        base(draft);
        return save(draft, level, text, actor, "上传" + level.label() + "法院的 YAML 文件");
    }

    /** Puts the proposed version in force for its dates, with an audit entry (what was in force before, and now). */
    void activate(String version, String actor) {
        var edition = book.edition(RuleVersion.Kind.CATALOG, version)
                .orElseThrow(() -> new IllegalArgumentException("指标体系版本不存在：" + version));
        String before = book.catalogVersionOn(edition.from());
        book.activate(RuleVersion.Kind.CATALOG, version, actor);
        audit.record(actor, "启用指标体系版本", "rule_version", "CATALOG/" + version, null,
                edition.from() + " 起适用 " + before, edition.from() + " 起适用 " + version + "（" + edition.title() + "，"
                        + edition.from() + (edition.to() == null ? " 起" : " 至 " + edition.to()) + "）");
    }

    private String base(CatalogDraft draft) {
        String base = draft.basedOn() == null || draft.basedOn().isBlank()
                ? book.catalogVersionOn(LocalDate.now()) : draft.basedOn();
        if (book.edition(RuleVersion.Kind.CATALOG, base).isEmpty()) {
            throw new RuleEditException("版本", "basedOn", "所依据的版本不存在：" + base);
        }
        if (book.edition(RuleVersion.Kind.CATALOG, draft.version()).isPresent()) {
            throw new RuleEditException("版本", "version", "版本 " + draft.version() + " 已存在，修改须另立新版本");
        }
        return base;
    }

    private String save(CatalogDraft draft, CourtLevel level, String text, String actor, String how) {
        String base = base(draft);
        Map<CourtLevel, String> texts = new EnumMap<>(CourtLevel.class);
        for (CourtLevel l : CourtLevel.values()) {
            texts.put(l, l == level ? text : CatalogYamlEdit.renamed(book.catalogText(base, l).orElseThrow(), draft.version()));
        }
        try {
            book.saveCatalog(draft.version(), draft.titleOr("指标体系 " + draft.version() + " 版"), draft.from(), draft.to(),
                    base, how, texts, actor);
        } catch (CatalogValidationException e) {
            throw new RuleEditException(e.code() == null ? "一级指标（" + e.file() + "）" : e.code(), fieldOf(e.problem()),
                    e.problem());
        } catch (IllegalStateException e) {
            throw new RuleEditException("版本", "version", e.getMessage());
        }
        audit.record(actor, "新建指标体系版本", "rule_version", "CATALOG/" + draft.version(), null, null,
                draft.version() + "（依据 " + base + "，" + how + "，" + draft.from() + " 起，待启用）");
        return draft.version();
    }

    /** The field a validation problem is about: the first key it names (a weight sum is about weight). */
    static String fieldOf(String problem) {
        if (problem.contains("权重")) return "weight";
        for (String f : KNOWN_FIELDS) {
            if (problem.matches("(?s).*\\b" + f + "\\b.*")) return f;
        }
        return null;
    }
}
