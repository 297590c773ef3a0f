package cn.scorecard.app.staff.objections;

import cn.scorecard.app.documents.FileStorage;
import cn.scorecard.app.audit.AuditLog;
import cn.scorecard.app.platform.runs.ResultRun;
import cn.scorecard.app.security.CourtScope;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.Role;
import cn.scorecard.app.staff.StaffAccess;
import cn.scorecard.app.staff.StaffSnapshot;
import cn.scorecard.app.staff.versions.ScoreAdjustment;
import cn.scorecard.app.staff.versions.StaffMonths;
import cn.scorecard.app.staff.versions.StaffNotices;
import cn.scorecard.app.staff.versions.StaffRuns;
import cn.scorecard.app.web.Messages;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 异议复核 after filing ({@link ObjectionFiling}): the court's assessment group upholds an objection (with score
 * adjustments, producing a new draft version) or rejects it with a written reason, audited and told to the officer;
 * and who may read which objection.
 */
@Service
public class ObjectionService {
    static final int MAX_TEXT = 2000;
    private final ObjectionRepository repository;
    private final StaffAccess access;
    private final CourtScope scope;
    private final StaffMonths months;
    private final StaffRuns runs;
    private final FileStorage storage;
    private final StaffNotices notices;
    private final AuditLog audit;

    ObjectionService(ObjectionRepository repository, StaffAccess access, CourtScope scope, StaffMonths months, StaffRuns runs,
                     FileStorage storage, StaffNotices notices, AuditLog audit) {
        this.repository = repository;
        this.access = access;
        this.scope = scope;
        this.months = months;
        this.runs = runs;
        this.storage = storage;
        this.notices = notices;
        this.audit = audit;
    }

    @Transactional
    public Objection decide(CurrentUser user, long id, Decision decision) {
        Objection o = repository.get(id).orElseThrow(() -> new IllegalArgumentException(Messages.text("objections.error.unknown")));
        access.requireGroup(user, o.courtCode());
        if (!o.pending()) throw new IllegalStateException(Messages.text("objections.error.decided", o.statusLabel()));
        if (!Objection.UPHELD.equals(decision.decision()) && !Objection.REJECTED.equals(decision.decision())) {
            throw new IllegalArgumentException(Messages.text("objections.error.decision"));
        }
        String reason = required(decision.reason(), Messages.text("objections.error.decisionReason"));
        List<AdjustmentInput> adjustments = decision.upheld() ? validAdjustments(o, decision.adjustments()) : List.of();
        if (!decision.upheld() && !decision.adjustments().isEmpty()) throw new IllegalArgumentException(Messages.text("objections.error.rejectedAdjusted"));
        if (!repository.decide(id, decision.decision(), reason, user.username())) {
            throw new IllegalStateException(Messages.text("objections.error.raced"));
        }
        adjustments.forEach(a -> repository.addAdjustment(o, a, user.username()));
        String after = Messages.text(decision.upheld() ? "objections.audit.upheld" : "objections.audit.rejected", reason)
                + adjustments.stream()
                .map(a -> Messages.text("objections.audit.adjustment", a.itemCode(), (a.points() > 0 ? "+" : "") + a.points(),
                        a.reason()))
                .collect(Collectors.joining(Messages.text("request.separator"),
                        adjustments.isEmpty() ? "" : Messages.text("objections.audit.adjusted"), ""));
        audit.record(user.username(), Messages.text("objections.audit.decided"), "staff_objection", String.valueOf(id),
                o.courtCode(), Messages.text("objections.status.PENDING"), after);
        if (decision.upheld()) {
            ResultRun run = runs.computeDraft(o.courtCode(), o.month(), Messages.text("objections.run.reason", String.valueOf(id)),
                    user.username());
            repository.linkNewRun(id, run.id());
            notices.draftReady(o.courtCode(), o.month(), run.versionNo(), Messages.text("objections.run.notice", String.valueOf(id)));
        }
        notices.objectionDecided(o.filedBy(), o.month(), id, decision.upheld());
        return repository.get(id).orElseThrow();
    }

    /** One objection, if the user may read it: the officer who filed it, or the group and administrators of its court. */
    public Objection get(CurrentUser user, long id) {
        Objection o = repository.get(id).orElseThrow(() -> new IllegalArgumentException(Messages.text("objections.error.unknown")));
        boolean own = user.role() == Role.OFFICER && o.staffId().equals(user.staffCode());
        boolean manager = StaffAccess.manager(user) && scope.canSee(user, o.courtCode());
        if (!own && !manager) throw new AccessDeniedException(Messages.text("objections.error.denied"));
        return o;
    }

    /** Officers: their own; the group and administrators: their courts'. */
    public List<Objection> list(CurrentUser user, YearMonth month, String status) {
        if (user.role() == Role.OFFICER) {
            return user.staffCode() == null ? List.of() : repository.list(null, user.staffCode(), month, status);
        }
        if (!StaffAccess.manager(user)) throw new AccessDeniedException(Messages.text("objections.error.listDenied"));
        return repository.list(scope.visibleCourts(user), null, month, status);
    }

    public List<Objection> ofPerson(String staffId, YearMonth month) {
        return repository.list(null, staffId, month, null);
    }

    public List<ScoreAdjustment> adjustments(Objection o) {
        return repository.adjustments(o.id());
    }

    public Path attachment(Objection o) {
        if (!o.hasAttachment()) throw new IllegalArgumentException(Messages.text("objections.error.noAttachment"));
        return storage.path(o.attachmentStored());
    }

    private List<AdjustmentInput> validAdjustments(Objection o, List<AdjustmentInput> given) {
        if (given.isEmpty()) throw new IllegalArgumentException(Messages.text("objections.error.noAdjustment"));
        StaffSnapshot.Person person = months.snapshot(o.runId()).person(o.staffId())
                .orElseThrow(() -> new IllegalStateException(Messages.text("objections.error.notInRun")));
        return given.stream().map(a -> {
            String code = required(a.itemCode(), Messages.text("objections.error.item"));
            if (person.item(code).isEmpty()) throw new IllegalArgumentException(Messages.text("objections.error.unknownItem", code));
            if (a.points() == null || a.points().isNaN() || a.points() == 0 || Math.abs(a.points()) > 100) {
                throw new IllegalArgumentException(Messages.text("objections.error.points"));
            }
            return new AdjustmentInput(code, Math.round(a.points() * 100) / 100d, required(a.reason(), Messages.text("objections.error.adjustmentReason")));
        }).toList();
    }

    static String required(String text, String message) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException(message);
        String t = text.trim();
        if (t.length() > MAX_TEXT) throw new IllegalArgumentException(Messages.text("objections.error.tooLong", String.valueOf(MAX_TEXT)));
        return t;
    }
}
