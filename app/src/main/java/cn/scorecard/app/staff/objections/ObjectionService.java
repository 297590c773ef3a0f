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
        Objection o = repository.get(id).orElseThrow(() -> new IllegalArgumentException("异议不存在"));
        access.requireGroup(user, o.courtCode());
        if (!o.pending()) throw new IllegalStateException("该异议已复核（" + o.statusLabel() + "），不能再次决定");
        if (!Objection.UPHELD.equals(decision.decision()) && !Objection.REJECTED.equals(decision.decision())) {
            throw new IllegalArgumentException("请选择予以采纳或不予采纳");
        }
        String reason = required(decision.reason(), "请写明复核理由");
        List<AdjustmentInput> adjustments = decision.upheld() ? validAdjustments(o, decision.adjustments()) : List.of();
        if (!decision.upheld() && !decision.adjustments().isEmpty()) throw new IllegalArgumentException("不予采纳时不能调整得分");
        if (!repository.decide(id, decision.decision(), reason, user.username())) {
            throw new IllegalStateException("该异议已被复核，请刷新");
        }
        adjustments.forEach(a -> repository.addAdjustment(o, a, user.username()));
        String after = (decision.upheld() ? "予以采纳：" : "不予采纳：") + reason + adjustments.stream()
                .map(a -> a.itemCode() + " " + (a.points() > 0 ? "+" : "") + a.points() + "（" + a.reason() + "）")
                .collect(Collectors.joining("；", adjustments.isEmpty() ? "" : "；调整 ", ""));
        audit.record(user.username(), "复核考核异议", "staff_objection", String.valueOf(id), o.courtCode(), "待复核", after);
        if (decision.upheld()) {
            ResultRun run = runs.computeDraft(o.courtCode(), o.month(), "异议复核：第 " + id + " 号异议予以采纳", user.username());
            repository.linkNewRun(id, run.id());
            notices.draftReady(o.courtCode(), o.month(), run.versionNo(), "第 " + id + " 号异议予以采纳后生成的新版本，审核后发布。");
        }
        notices.objectionDecided(o.filedBy(), o.month(), id, decision.upheld());
        return repository.get(id).orElseThrow();
    }

    /** One objection, if the user may read it: the officer who filed it, or the group and administrators of its court. */
    public Objection get(CurrentUser user, long id) {
        Objection o = repository.get(id).orElseThrow(() -> new IllegalArgumentException("异议不存在"));
        boolean own = user.role() == Role.OFFICER && o.staffId().equals(user.staffCode());
        boolean manager = StaffAccess.manager(user) && scope.canSee(user, o.courtCode());
        if (!own && !manager) throw new AccessDeniedException("无权查看该异议");
        return o;
    }

    /** Officers: their own; the group and administrators: their courts'. */
    public List<Objection> list(CurrentUser user, YearMonth month, String status) {
        if (user.role() == Role.OFFICER) {
            return user.staffCode() == null ? List.of() : repository.list(null, user.staffCode(), month, status);
        }
        if (!StaffAccess.manager(user)) throw new AccessDeniedException("无权查看异议");
        return repository.list(scope.visibleCourts(user), null, month, status);
    }

    public List<Objection> ofPerson(String staffId, YearMonth month) {
        return repository.list(null, staffId, month, null);
    }

    public List<ScoreAdjustment> adjustments(Objection o) {
        return repository.adjustments(o.id());
    }

    public Path attachment(Objection o) {
        if (!o.hasAttachment()) throw new IllegalArgumentException("该异议没有附件");
        return storage.path(o.attachmentStored());
    }

    private List<AdjustmentInput> validAdjustments(Objection o, List<AdjustmentInput> given) {
        if (given.isEmpty()) throw new IllegalArgumentException("予以采纳时至少要有一项得分调整");
        StaffSnapshot.Person person = months.snapshot(o.runId()).person(o.staffId())
                .orElseThrow(() -> new IllegalStateException("原结果中没有该人员"));
        return given.stream().map(a -> {
            String code = required(a.itemCode(), "请选择调整的考核项目");
            if (person.item(code).isEmpty()) throw new IllegalArgumentException("该人员没有考核项目 " + code);
            if (a.points() == null || a.points().isNaN() || a.points() == 0 || Math.abs(a.points()) > 100) {
                throw new IllegalArgumentException("调整分值应为非零数，且绝对值不超过 100");
            }
            return new AdjustmentInput(code, Math.round(a.points() * 100) / 100d, required(a.reason(), "请写明每项调整的理由"));
        }).toList();
    }

    static String required(String text, String message) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException(message);
        String t = text.trim();
        if (t.length() > MAX_TEXT) throw new IllegalArgumentException("文字不能超过 " + MAX_TEXT + " 字");
        return t;
    }
}
