package cn.scorecard.app.staff.records;

import cn.scorecard.app.documents.FileStorage;
import cn.scorecard.app.audit.AuditLog;
import cn.scorecard.app.evidence.EvidenceService;
import cn.scorecard.app.platform.ProvinceSource;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.staff.StaffAccess;
import cn.scorecard.app.staff.StaffResultService;
import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.cases.CaseNumber;
import cn.scorecard.core.court.Court;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.data.StaffRole;
import cn.scorecard.core.staff.ClerkQuarterlyRule;
import cn.scorecard.core.staff.DeductionKind;
import cn.scorecard.core.staff.PerOccurrenceRule;
import cn.scorecard.core.staff.QuotaRule;
import cn.scorecard.core.staff.RuleItem;
import cn.scorecard.core.staff.StaffRuleSet;
import cn.scorecard.core.staff.VetoCondition;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

/**
 * The assessment group's records entered in the web: incidents (考核事件, with attached files), vetoes (一票否决),
 * closure quotas (结案指标) and the clerks' quarterly evaluation (书记员季度考评). The group of the person's court
 * (or the system administrator) changes them; every change is one transaction with an audit entry (before and
 * after), raises the data version and reloads the data after commit, so results computed from current data
 * (/staff/people/{id}, /staff/ranking drafts) show it at once. Invalid input: IllegalArgumentException, nothing written.
 */
@Service
public class StaffRecordService {
    private final StaffRecordRepository repository;
    private final StaffResultService results;
    private final StaffAccess access;
    private final ProvinceSource province;
    private final FileStorage storage;
    private final AuditLog audit;

    StaffRecordService(StaffRecordRepository repository, StaffResultService results, StaffAccess access,
                       ProvinceSource province, FileStorage storage, AuditLog audit) {
        this.repository = repository;
        this.results = results;
        this.access = access;
        this.province = province;
        this.storage = storage;
        this.audit = audit;
    }

    /** A person of the roster as the forms show them. */
    public record Person(String id, String name, StaffRole role) {
        public String label() {
            return name + "（" + id + "，" + role.label() + "）";
        }
    }

    /** A deduction kind an incident may be recorded under. */
    public record KindOption(String code, String name, String itemCode, double points, String unit) {
        public String label() {
            return Messages.text("records.kind.label", itemCode, name, unit,
                    BigDecimal.valueOf(points).stripTrailingZeros().toPlainString());
        }
    }

    public record IncidentRow(StaffRecordRepository.Incident incident, Person person, String kindName,
                              List<StaffRecordRepository.IncidentFile> files, List<KindOption> kinds) {
    }

    public record VetoRow(StaffRecordRepository.Veto veto, Person person, String conditionName) {
    }

    public record QuotaRow(Person person, Integer standing, Integer month) {
    }

    public record PartValue(String code, String name, double max, Double value) {
    }

    public record ClerkRow(Person person, List<PartValue> parts, boolean recorded) {
        public double total() {
            double t = 0;
            for (PartValue p : parts) t += p.value() == null ? 0 : p.value();
            return Math.round(t * 100) / 100.0;
        }
    }

    /** Everything /staff/records shows for a court's month. */
    public record Page(Court court, YearMonth month, int quarter, List<Person> people, List<IncidentRow> incidents,
                       List<VetoRow> vetoes, List<QuotaRow> quotas, List<ClerkRow> clerks, List<VetoCondition> conditions) {
    }

    // ---- reading

    public Page page(String court, YearMonth month) {
        Court c = court(court);
        List<Person> people = people(court, month);
        List<IncidentRow> incidents = new ArrayList<>();
        for (StaffRecordRepository.Incident i : repository.incidents(court, month)) {
            Person p = person(i.staffCode());
            DeductionKind k = rules(court, month).deductionKind(i.kindCode());
            incidents.add(new IncidentRow(i, p, k == null ? i.kindCode() : k.name(), repository.files(i.eventId()),
                    kinds(court, month, p.role())));
        }
        List<VetoRow> vetoes = new ArrayList<>();
        for (StaffRecordRepository.Veto v : repository.vetoes(court, month)) {
            VetoCondition vc = rules(court, month).veto(v.conditionCode());
            vetoes.add(new VetoRow(v, person(v.staffCode()), vc == null ? v.conditionCode() : vc.name()));
        }
        List<QuotaRow> quotas = new ArrayList<>();
        List<ClerkRow> clerks = new ArrayList<>();
        int quarter = (month.getMonthValue() - 1) / 3 + 1;
        for (Person p : people) {
            if (hasQuota(court, month, p.role())) quotas.add(new QuotaRow(p, repository.quota(p.id(), ""), repository.quota(p.id(), month.toString())));
            if (p.role() == StaffRole.CLERK && rules(court, month).clerkQuarterly() != null) {
                String stored = repository.clerkParts(p.id(), month.getYear(), quarter);
                Map<String, Double> values = parseParts(stored);
                List<PartValue> parts = new ArrayList<>();
                for (ClerkQuarterlyRule.Part part : rules(court, month).clerkQuarterly().parts()) {
                    parts.add(new PartValue(part.code(), part.name(), part.points(), values.get(part.code())));
                }
                clerks.add(new ClerkRow(p, parts, stored != null));
            }
        }
        return new Page(c, month, quarter, people, incidents, vetoes, quotas, clerks, rules(court, month).vetoes());
    }

    /** The court's assessed people active on some day of the month (role 其他 is not assessed). */
    public List<Person> people(String court, YearMonth month) {
        ProvinceData d = province.current();
        int index = d.courts().indexOf(court);
        List<Person> out = new ArrayList<>();
        for (StaffMember m : d.staff()) {
            if (m.court() != index || m.role() == StaffRole.OTHER) continue;
            if (m.joined() != null && m.joined().isAfter(month.atEndOfMonth())) continue;
            if (m.left() != null && m.left().isBefore(month.atDay(1))) continue;
            out.add(new Person(m.id(), m.name(), m.role()));
        }
        return out;
    }

    /** The kinds an incident of a person of this role may be recorded under (those the import accepts too). */
    public List<KindOption> kinds(String court, YearMonth month, StaffRole role) {
        List<KindOption> out = new ArrayList<>();
        for (RuleItem item : rules(court, month).itemsFor(role)) {
            if (!(item.rule() instanceof PerOccurrenceRule r)) continue;
            for (DeductionKind k : r.deductions()) {
                if (k.incidentsAllowed()) out.add(new KindOption(k.code(), k.name(), item.code(), k.points(), k.unit()));
            }
        }
        return out;
    }

    /** The kinds for a person, when the user may manage the person's court. */
    public List<KindOption> kindsFor(CurrentUser user, String staffId) {
        StaffMember m = requireManagedPerson(user, staffId);
        return kinds(courtOf(m), YearMonth.now(), m.role());
    }

    public StaffRecordRepository.IncidentFile file(CurrentUser user, long id) {
        StaffRecordRepository.IncidentFile f = repository.file(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("records.error.unknownFile", String.valueOf(id))));
        access.requireCourt(user, f.courtCode());
        return f;
    }

    public Path path(StaffRecordRepository.IncidentFile f) {
        return storage.path(f.storedName());
    }

    // ---- changing

    /** Records an incident; returns its event id. */
    @Transactional
    public String addIncident(CurrentUser user, YearMonth month, String staffId, LocalDate day, String kindCode,
                              String caseNumber, int count, String note) {
        StaffMember m = requireManagedPerson(user, staffId);
        StaffRecordRepository.Incident i = validIncident(null, m, month, day, kindCode, caseNumber, count, note, user.username());
        StaffRecordRepository.Incident stored = repository.insert(i);
        changed(user, Messages.text("records.audit.added"), "staff_incident", stored.eventId(), courtOf(m), null, stored.audit());
        return stored.eventId();
    }

    @Transactional
    public void updateIncident(CurrentUser user, String eventId, String staffId, LocalDate day, String kindCode,
                               String caseNumber, int count, String note) {
        StaffRecordRepository.Incident before = requireIncident(user, eventId);
        StaffMember m = requireManagedPerson(user, staffId); // moving it to another court's person is refused too
        StaffRecordRepository.Incident after = validIncident(eventId, m, YearMonth.from(day), day, kindCode, caseNumber, count,
                note, before.recorder() == null ? user.username() : before.recorder());
        repository.update(after);
        changed(user, Messages.text("records.audit.changed"), "staff_incident", eventId, courtOf(m), before.audit(), after.audit());
    }

    @Transactional
    public void deleteIncident(CurrentUser user, String eventId) {
        StaffRecordRepository.Incident before = requireIncident(user, eventId);
        List<StaffRecordRepository.IncidentFile> files = repository.files(eventId);
        repository.deleteIncident(eventId);
        String beforeText = before.audit() + (files.isEmpty() ? "" : Messages.text("records.audit.files",
                String.join(Messages.text("common.listSeparator"),
                        files.stream().map(f -> f.originalName() + "(sha256 " + f.sha256() + ")").toList())));
        changed(user, Messages.text("records.audit.deleted"), "staff_incident", eventId, courtOf(member(before.staffCode())), beforeText, null);
    }

    @Transactional
    public long attach(CurrentUser user, String eventId, MultipartFile file) {
        StaffRecordRepository.Incident i = requireIncident(user, eventId);
        String court = courtOf(member(i.staffCode()));
        FileStorage.Stored s = storage.store(file);
        String original = file.getOriginalFilename() == null ? s.storedName() : EvidenceService.sanitize(file.getOriginalFilename());
        long id = repository.addFile(new StaffRecordRepository.IncidentFile(0, eventId, court, original, s.storedName(),
                EvidenceService.contentType(s.extension()), s.size(), s.sha256(), user.username(), LocalDateTime.now()));
        audit.record(user.username(), Messages.text("records.audit.uploaded"), "staff_incident_file", eventId, court, null,
                Messages.text("evidence.audit.uploadedDetail", original, String.valueOf(s.size()), s.sha256()));
        return id;
    }

    @Transactional
    public void addVeto(CurrentUser user, String staffId, LocalDate day, String conditionCode, String note) {
        StaffMember m = requireManagedPerson(user, staffId);
        if (day == null) throw new IllegalArgumentException(Messages.text("records.error.day"));
        VetoCondition vc = conditionCode == null ? null : rules(courtOf(m), YearMonth.from(day)).veto(conditionCode);
        if (vc == null) throw new IllegalArgumentException(Messages.text("records.error.unknownVeto", conditionCode));
        if (repository.veto(staffId, day, vc.code()).isPresent()) {
            throw new IllegalArgumentException(Messages.text("records.error.vetoTwice"));
        }
        StaffRecordRepository.Veto v = repository.insert(new StaffRecordRepository.Veto(staffId, day, vc.code(), null, blank(note)));
        changed(user, Messages.text("records.audit.vetoAdded"), "veto_record", staffId + "/" + day + "/" + vc.code(), courtOf(m), null, v.audit());
    }

    @Transactional
    public void deleteVeto(CurrentUser user, String staffId, LocalDate day, String conditionCode) {
        StaffMember m = requireManagedPerson(user, staffId);
        StaffRecordRepository.Veto v = repository.veto(staffId, day, conditionCode)
                .orElseThrow(() -> new IllegalArgumentException(Messages.text("records.error.noVeto")));
        repository.delete(v);
        changed(user, Messages.text("records.audit.vetoDeleted"), "veto_record", staffId + "/" + day + "/" + conditionCode, courtOf(m), v.audit(), null);
    }

    /** Sets (or with quota null removes) a person's quota for the month, or their standing quota. */
    @Transactional
    public void setQuota(CurrentUser user, String staffId, YearMonth month, boolean standing, Integer quota) {
        StaffMember m = requireManagedPerson(user, staffId);
        if (!hasQuota(courtOf(m), month == null ? YearMonth.now() : month, m.role())) throw new IllegalArgumentException(Messages.text("records.error.noQuota", m.role().label()));
        if (quota != null && quota < 0) throw new IllegalArgumentException(Messages.text("records.error.quota"));
        String key = standing ? "" : month.toString();
        Integer before = repository.quota(staffId, key);
        repository.setQuota(staffId, key, quota);
        String what = standing ? Messages.text("records.quota.standing") : Messages.text("records.quota.month", String.valueOf(month));
        changed(user, Messages.text("records.audit.quota"), "closure_quota",
                staffId + "/" + (standing ? Messages.text("records.quota.standingKey") : key), courtOf(m),
                before == null ? null : what + "=" + before, quota == null ? null : what + "=" + quota);
    }

    /** Sets a clerk's evaluation of a quarter, every part from 0 to its points. */
    @Transactional
    public void setClerkEvaluation(CurrentUser user, String staffId, int year, int quarter, Map<String, Double> parts) {
        StaffMember m = requireManagedPerson(user, staffId);
        if (m.role() != StaffRole.CLERK) throw new IllegalArgumentException(Messages.text("records.error.clerksOnly"));
        ClerkQuarterlyRule rule = rules(courtOf(m), YearMonth.of(year, Math.max(1, Math.min(12, quarter * 3 - 2)))).clerkQuarterly();
        if (rule == null) throw new IllegalArgumentException(Messages.text("records.error.noClerkRule"));
        if (quarter < 1 || quarter > 4) throw new IllegalArgumentException(Messages.text("records.error.quarter"));
        Map<String, Double> values = new TreeMap<>();
        for (ClerkQuarterlyRule.Part p : rule.parts()) {
            Double v = parts.get(p.code());
            if (v == null) throw new IllegalArgumentException(Messages.text("records.error.part", p.name()));
            if (v < 0 || v > p.points() || v.isNaN()) {
                throw new IllegalArgumentException(Messages.text("records.error.partRange", p.name(), fmt(p.points())));
            }
            values.put(p.code(), v);
        }
        StringBuilder text = new StringBuilder();
        values.forEach((code, v) -> text.append(text.length() > 0 ? ";" : "").append(code).append('=').append(fmt(v)));
        String before = repository.clerkParts(staffId, year, quarter);
        repository.setClerkParts(staffId, year, quarter, text.toString());
        changed(user, Messages.text("records.audit.clerk"), "clerk_evaluation", staffId + "/" + year + "-Q" + quarter, courtOf(m), before,
                text.toString());
    }

    // ---- helpers

    private StaffRecordRepository.Incident validIncident(String id, StaffMember m, YearMonth month, LocalDate day,
                                                         String kindCode, String caseNumber, int count, String note,
                                                         String recorder) {
        if (day == null) throw new IllegalArgumentException(Messages.text("records.error.day"));
        if (month != null && !YearMonth.from(day).equals(month)) {
            throw new IllegalArgumentException(Messages.text("records.error.dayOutside", Formats.date(day), String.valueOf(month)));
        }
        if (!m.activeOn(day)) throw new IllegalArgumentException(Messages.text("records.error.notInPost", m.name(), Formats.date(day)));
        DeductionKind kind = kindCode == null ? null : rules(courtOf(m), YearMonth.from(day)).deductionKind(kindCode);
        if (kind == null) throw new IllegalArgumentException(Messages.text("records.error.unknownKind", kindCode));
        if (!kind.incidentsAllowed()) throw new IllegalArgumentException(Messages.text("records.error.computed"));
        RuleItem item = rules(courtOf(m), YearMonth.from(day)).itemOfKind(kind.code());
        if (!item.appliesTo(m.role())) {
            throw new IllegalArgumentException(Messages.text("records.error.kindRole", kind.name(), item.code(), m.role().label()));
        }
        String cn = blank(caseNumber);
        if (cn != null && !CaseNumber.isValid(cn)) throw new IllegalArgumentException(Messages.text("records.error.caseNumber", cn));
        if (count < 1) throw new IllegalArgumentException(Messages.text("records.error.count"));
        return new StaffRecordRepository.Incident(id, m.id(), day, kind.code(), cn, count, blank(note), recorder);
    }

    private StaffRecordRepository.Incident requireIncident(CurrentUser user, String eventId) {
        StaffRecordRepository.Incident i = repository.incident(eventId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("records.error.unknownIncident", eventId)));
        requireManagedPerson(user, i.staffCode());
        return i;
    }

    /** The person, if the user manages their court (the court's group, or the administrator); 403 otherwise. */
    StaffMember requireManagedPerson(CurrentUser user, String staffId) {
        StaffMember m = results.member(staffId == null ? "" : staffId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("staff.error.unknownPerson", staffId)));
        if (!access.canManage(user, courtOf(m))) throw new AccessDeniedException(Messages.text("records.error.groupOnly"));
        if (m.role() == StaffRole.OTHER) throw new IllegalArgumentException(Messages.text("records.error.otherRole"));
        return m;
    }

    private void changed(CurrentUser user, String action, String entity, String key, String court, String before, String after) {
        repository.raiseVersion(user.username());
        audit.record(user.username(), action, entity, key, court, before, after);
        afterCommit(province::invalidate); // the new data version is visible to the reload only once committed
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

    private StaffRuleSet rules(String court, YearMonth month) {
        return results.rules(court, month);
    }

    private boolean hasQuota(String court, YearMonth month, StaffRole role) {
        for (RuleItem i : rules(court, month).itemsFor(role)) {
            if (i.rule() instanceof QuotaRule) return true;
        }
        return false;
    }

    public Court court(String code) {
        int i = province.current().courts().indexOf(code);
        if (i < 0) throw new IllegalArgumentException(Messages.text("records.error.unknownCourt", code));
        return province.current().courts().get(i);
    }

    private String courtOf(StaffMember m) {
        return access.courtCode(m);
    }

    private StaffMember member(String id) {
        return results.member(id).orElseThrow(() -> new IllegalStateException(Messages.text("records.error.notOnRoster", id)));
    }

    private Person person(String id) {
        StaffMember m = member(id);
        return new Person(m.id(), m.name(), m.role());
    }

    private static Map<String, Double> parseParts(String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) return out;
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) out.put(part.substring(0, eq), Double.parseDouble(part.substring(eq + 1)));
        }
        return out;
    }

    private static String fmt(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
