package cn.scorecard.app.rules;

import cn.scorecard.app.audit.AuditLog;
import cn.scorecard.app.platform.rules.RuleBookService;
import cn.scorecard.app.platform.rules.RuleVersion;
import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
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
    private static final List<String> KNOWN_FIELDS = List.of("evidenceFallback", "weight", "target", "required", "metric", "kind",
            "rule", "years", "direction", "noCasesFullMarks", "children", "code", "level", "version", "name");
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
        return save(draft, level, edited, actor, Messages.text("rules.catalog.howForm", level.label(), String.valueOf(edits.size())));
    }

    /** A new version whose level is the uploaded file (its {@code version:} must be the new version's name). */
    String fromUpload(CatalogDraft draft, CourtLevel level, String text, String actor) {
        draft.check();
        base(draft);
        return save(draft, level, text, actor, Messages.text("rules.catalog.howUpload", level.label()));
    }

    /** Puts the proposed version in force for its dates, with an audit entry (what was in force before, and now). */
    void activate(String version, String actor) {
        var edition = book.edition(RuleVersion.Kind.CATALOG, version)
                .orElseThrow(() -> new IllegalArgumentException(Messages.text("rules.error.unknownCatalog", version)));
        String before = book.catalogVersionOn(edition.from());
        book.activate(RuleVersion.Kind.CATALOG, version, actor);
        String from = Formats.date(edition.from());
        String dates = edition.to() == null ? Messages.text("rules.dates.from", from)
                : Messages.text("rules.dates.fromTo", from, Formats.date(edition.to()));
        audit.record(actor, Messages.text("rules.audit.catalogActivated"), "rule_version", "CATALOG/" + version, null,
                Messages.text("rules.audit.inForce", from, before),
                Messages.text("rules.audit.catalogInForce", from, version, edition.title(), dates));
    }

    private String base(CatalogDraft draft) {
        String base = draft.basedOn() == null || draft.basedOn().isBlank()
                ? book.catalogVersionOn(LocalDate.now()) : draft.basedOn();
        if (book.edition(RuleVersion.Kind.CATALOG, base).isEmpty()) {
            throw new RuleEditException(Messages.text("rules.node.version"), "basedOn", Messages.text("rules.error.unknownBase", base));
        }
        if (book.edition(RuleVersion.Kind.CATALOG, draft.version()).isPresent()) {
            throw new RuleEditException(Messages.text("rules.node.version"), "version", Messages.text("rules.error.exists", draft.version()));
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
            book.saveCatalog(draft.version(), draft.titleOr(Messages.text("rules.catalogTitle", draft.version())), draft.from(), draft.to(),
                    base, how, texts, actor);
        } catch (CatalogValidationException e) {
            throw new RuleEditException(e.code() == null ? Messages.text("rules.node.area", e.file()) : e.code(), fieldOf(e.problem()),
                    e.problem());
        } catch (IllegalStateException e) {
            throw new RuleEditException(Messages.text("rules.node.version"), "version", e.getMessage());
        }
        audit.record(actor, Messages.text("rules.audit.catalogCreated"), "rule_version", "CATALOG/" + draft.version(), null, null,
                Messages.text("rules.audit.catalogCreatedDetail", draft.version(), base, how, Formats.date(draft.from())));
        return draft.version();
    }

    /** The field a validation problem is about: the first key it names (a weight sum is about weight). */
    static String fieldOf(String problem) {
        if (problem.contains("权重")) return "weight"; // data: a word of the catalog reader's problems
        for (String f : KNOWN_FIELDS) {
            if (problem.matches("(?s).*\\b" + f + "\\b.*")) return f;
        }
        return null;
    }
}
