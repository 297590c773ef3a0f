package cn.scorecard.app.staff.objections;

import cn.scorecard.app.documents.FileStorage;
import cn.scorecard.app.audit.AuditLog;
import cn.scorecard.app.evidence.EvidenceService;
import cn.scorecard.app.platform.runs.ResultRun;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.Role;
import cn.scorecard.app.staff.ObjectionWindow;
import cn.scorecard.app.staff.StaffAccess;
import cn.scorecard.app.staff.StaffSnapshot;
import cn.scorecard.app.staff.versions.StaffMonths;
import cn.scorecard.app.staff.versions.StaffNotices;
import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.data.StaffMember;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * An officer objects to the published version of their month (办法 二（六）): within the window after publication, one
 * pending objection at a time, with a reason and optionally an attachment stored like evidence. Audited; the
 * court's group is told.
 */
@Service
public class ObjectionFiling {
    private final ObjectionRepository repository;
    private final StaffAccess access;
    private final StaffMonths months;
    private final ObjectionWindow window;
    private final FileStorage storage;
    private final StaffNotices notices;
    private final AuditLog audit;

    ObjectionFiling(ObjectionRepository repository, StaffAccess access, StaffMonths months, ObjectionWindow window,
                    FileStorage storage, StaffNotices notices, AuditLog audit) {
        this.repository = repository;
        this.access = access;
        this.months = months;
        this.window = window;
        this.storage = storage;
        this.notices = notices;
        this.audit = audit;
    }

    /** Whether the officer may object to the month now, and if not, why (shown next to the form). */
    public record Eligibility(boolean open, String message, ResultRun run) {
    }

    public Eligibility eligibility(CurrentUser user, YearMonth month) {
        if (user.role() != Role.OFFICER || user.staffCode() == null) return new Eligibility(false, Messages.text("objections.eligibility.officersOnly"), null);
        StaffMember me = access.requirePerson(user, user.staffCode());
        var shown = months.published(access.courtCode(me), month).orElse(null);
        if (shown == null || shown.snapshot().person(me.id()).isEmpty()) {
            return new Eligibility(false, Messages.text("objections.eligibility.unpublished"), null);
        }
        ResultRun run = shown.run();
        if (!window.open(run.publishedAt(), LocalDateTime.now())) {
            return new Eligibility(false, Messages.text("objections.eligibility.late", String.valueOf(window.days()),
                    Formats.date(window.lastDay(run.publishedAt()))), run);
        }
        if (!repository.list(null, me.id(), month, Objection.PENDING).isEmpty()) {
            return new Eligibility(false, Messages.text("objections.eligibility.pending"), run);
        }
        return new Eligibility(true, Messages.text("objections.eligibility.open", Formats.date(window.lastDay(run.publishedAt()))), run);
    }

    @Transactional
    public Objection file(CurrentUser user, YearMonth month, String reason, MultipartFile file) {
        Eligibility e = eligibility(user, month);
        if (!e.open()) {
            if (user.role() != Role.OFFICER) throw new AccessDeniedException(e.message());
            throw new IllegalArgumentException(e.message());
        }
        String text = ObjectionService.required(reason, Messages.text("objections.error.reason"));
        ObjectionRepository.Attachment attachment = null;
        if (file != null && !file.isEmpty()) {
            FileStorage.Stored s = storage.store(file);
            String name = file.getOriginalFilename() == null ? s.storedName() : EvidenceService.sanitize(file.getOriginalFilename());
            attachment = new ObjectionRepository.Attachment(name, s.storedName(), EvidenceService.contentType(s.extension()),
                    s.size(), s.sha256());
        }
        String court = e.run().scope();
        long id = repository.insert(court, user.staffCode(), month, e.run().id(), text, attachment, user.username());
        audit.record(user.username(), Messages.text("objections.audit.filed"), "staff_objection", String.valueOf(id), court,
                null, Messages.text("objections.audit.filedDetail", String.valueOf(month), String.valueOf(e.run().versionNo()),
                        text) + (attachment == null ? "" : Messages.text("objections.audit.attachment", attachment.name(),
                        String.valueOf(attachment.size()), attachment.sha256())));
        String name = months.snapshot(e.run()).person(user.staffCode()).map(StaffSnapshot.Person::name).orElse(user.staffCode());
        notices.objectionFiled(court, month, id, name);
        return repository.get(id).orElseThrow();
    }

}
