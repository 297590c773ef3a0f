package cn.scorecard.app.staff.records;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The assessment group's records (staff_incident, veto_record, closure_quota, clerk_evaluation) and the files
 * attached to incidents, read and written row by row. Every write method is called inside the service's
 * transaction, which also raises the data version ({@link #raiseVersion}).
 */
@Repository
public class StaffRecordRepository {
    private final JdbcTemplate jdbc;

    StaffRecordRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One incident row. */
    public record Incident(String eventId, String staffCode, LocalDate day, String kindCode, String caseNumber, int count,
                           String note, String recorder) {
        String audit() {
            return "{\"事件编号\":\"" + eventId + "\",\"人员\":\"" + staffCode + "\",\"日期\":\"" + day + "\",\"事件类型\":\""
                    + kindCode + "\",\"案号\":" + (caseNumber == null ? "null" : "\"" + caseNumber + "\"") + ",\"件数\":" + count
                    + ",\"说明\":" + json(note) + ",\"登记人\":" + json(recorder) + "}";
        }
    }

    /** One veto row. */
    public record Veto(String staffCode, LocalDate day, String conditionCode, String vetoId, String note) {
        String audit() {
            return "{\"人员\":\"" + staffCode + "\",\"日期\":\"" + day + "\",\"否决事由\":\"" + conditionCode + "\",\"编号\":\""
                    + vetoId + "\",\"说明\":" + json(note) + "}";
        }
    }

    /** One file attached to an incident. */
    public record IncidentFile(long id, String eventId, String courtCode, String originalName, String storedName,
                               String contentType, long size, String sha256, String uploadedBy, LocalDateTime uploadedAt) {
    }

    static String json(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    // ---- reading

    List<Incident> incidents(String court, YearMonth month) {
        return jdbc.query("SELECT i.* FROM staff_incident i JOIN staff s ON s.code = i.staff_code WHERE s.court_code = ?"
                        + " AND i.happened_on >= ? AND i.happened_on <= ? ORDER BY i.happened_on, i.seq", (rs, n) -> incident(rs),
                court, Date.valueOf(month.atDay(1)), Date.valueOf(month.atEndOfMonth()));
    }

    Optional<Incident> incident(String eventId) {
        return jdbc.query("SELECT * FROM staff_incident WHERE event_id = ?", (rs, n) -> incident(rs), eventId).stream().findFirst();
    }

    private static Incident incident(ResultSet rs) throws SQLException {
        return new Incident(rs.getString("event_id"), rs.getString("staff_code"), rs.getDate("happened_on").toLocalDate(),
                rs.getString("kind_code"), rs.getString("case_number"), rs.getInt("count_value"), rs.getString("note"),
                rs.getString("recorder"));
    }

    List<Veto> vetoes(String court, YearMonth month) {
        return jdbc.query("SELECT v.* FROM veto_record v JOIN staff s ON s.code = v.staff_code WHERE s.court_code = ?"
                        + " AND v.happened_on >= ? AND v.happened_on <= ? ORDER BY v.happened_on, v.seq", (rs, n) -> veto(rs),
                court, Date.valueOf(month.atDay(1)), Date.valueOf(month.atEndOfMonth()));
    }

    Optional<Veto> veto(String staffCode, LocalDate day, String condition) {
        return jdbc.query("SELECT * FROM veto_record WHERE staff_code = ? AND happened_on = ? AND condition_code = ?",
                (rs, n) -> veto(rs), staffCode, Date.valueOf(day), condition).stream().findFirst();
    }

    private static Veto veto(ResultSet rs) throws SQLException {
        return new Veto(rs.getString("staff_code"), rs.getDate("happened_on").toLocalDate(), rs.getString("condition_code"),
                rs.getString("veto_id"), rs.getString("note"));
    }

    /** The quota of a person for a month key ('' = standing), or null. */
    Integer quota(String staffCode, String monthKey) {
        List<Integer> q = jdbc.queryForList("SELECT quota FROM closure_quota WHERE staff_code = ? AND month_key = ?",
                Integer.class, staffCode, monthKey);
        return q.isEmpty() ? null : q.get(0);
    }

    /** The stored parts text of a clerk's quarter, or null. */
    String clerkParts(String staffCode, int year, int quarter) {
        List<String> p = jdbc.queryForList("SELECT parts FROM clerk_evaluation WHERE staff_code = ? AND eval_year = ?"
                + " AND quarter_no = ?", String.class, staffCode, year, quarter);
        return p.isEmpty() ? null : p.get(0);
    }

    List<IncidentFile> files(String eventId) {
        return jdbc.query("SELECT * FROM staff_incident_file WHERE event_id = ? ORDER BY id", (rs, n) -> file(rs), eventId);
    }

    Optional<IncidentFile> file(long id) {
        return jdbc.query("SELECT * FROM staff_incident_file WHERE id = ?", (rs, n) -> file(rs), id).stream().findFirst();
    }

    private static IncidentFile file(ResultSet rs) throws SQLException {
        return new IncidentFile(rs.getLong("id"), rs.getString("event_id"), rs.getString("court_code"),
                rs.getString("original_name"), rs.getString("stored_name"), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toLocalDateTime());
    }

    // ---- writing

    private long nextSeq(String table) {
        Long seq = jdbc.queryForObject("SELECT COALESCE(MAX(seq), 0) + 1 FROM " + table, Long.class);
        return seq == null ? 1 : seq;
    }

    /** Inserts an incident under a new event id (网页登记第N号, N its seq) and returns the stored row. */
    Incident insert(Incident i) {
        long seq = nextSeq("staff_incident");
        String id = "网页登记第" + seq + "号";
        while (incident(id).isPresent()) id = id + "-" + seq;
        jdbc.update("INSERT INTO staff_incident (event_id, staff_code, happened_on, kind_code, case_number, count_value, note,"
                        + " recorder, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, i.staffCode(), Date.valueOf(i.day()),
                i.kindCode(), i.caseNumber(), i.count(), i.note(), i.recorder(), seq);
        return new Incident(id, i.staffCode(), i.day(), i.kindCode(), i.caseNumber(), i.count(), i.note(), i.recorder());
    }

    void update(Incident i) {
        jdbc.update("UPDATE staff_incident SET staff_code = ?, happened_on = ?, kind_code = ?, case_number = ?, count_value = ?,"
                        + " note = ?, recorder = ? WHERE event_id = ?", i.staffCode(), Date.valueOf(i.day()), i.kindCode(),
                i.caseNumber(), i.count(), i.note(), i.recorder(), i.eventId());
    }

    void deleteIncident(String eventId) {
        jdbc.update("DELETE FROM staff_incident_file WHERE event_id = ?", eventId);
        jdbc.update("DELETE FROM staff_incident WHERE event_id = ?", eventId);
    }

    Veto insert(Veto v) {
        long seq = nextSeq("veto_record");
        String id = "网页登记否决第" + seq + "号";
        jdbc.update("INSERT INTO veto_record (staff_code, happened_on, condition_code, veto_id, note, seq)"
                + " VALUES (?, ?, ?, ?, ?, ?)", v.staffCode(), Date.valueOf(v.day()), v.conditionCode(), id, v.note(), seq);
        return new Veto(v.staffCode(), v.day(), v.conditionCode(), id, v.note());
    }

    void delete(Veto v) {
        jdbc.update("DELETE FROM veto_record WHERE staff_code = ? AND happened_on = ? AND condition_code = ?", v.staffCode(),
                Date.valueOf(v.day()), v.conditionCode());
    }

    /** Sets (quota not null) or removes (null) a person's quota for a month key. */
    void setQuota(String staffCode, String monthKey, Integer quota) {
        if (quota == null) {
            jdbc.update("DELETE FROM closure_quota WHERE staff_code = ? AND month_key = ?", staffCode, monthKey);
        } else if (jdbc.update("UPDATE closure_quota SET quota = ? WHERE staff_code = ? AND month_key = ?", quota, staffCode,
                monthKey) == 0) {
            jdbc.update("INSERT INTO closure_quota (staff_code, month_key, quota, seq) VALUES (?, ?, ?, ?)", staffCode, monthKey,
                    quota, nextSeq("closure_quota"));
        }
    }

    void setClerkParts(String staffCode, int year, int quarter, String parts) {
        if (jdbc.update("UPDATE clerk_evaluation SET parts = ? WHERE staff_code = ? AND eval_year = ? AND quarter_no = ?", parts,
                staffCode, year, quarter) == 0) {
            jdbc.update("INSERT INTO clerk_evaluation (staff_code, eval_year, quarter_no, parts, seq) VALUES (?, ?, ?, ?, ?)",
                    staffCode, year, quarter, parts, nextSeq("clerk_evaluation"));
        }
    }

    long addFile(IncidentFile f) {
        jdbc.update("INSERT INTO staff_incident_file (event_id, court_code, original_name, stored_name, content_type, size_bytes,"
                        + " sha256, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", f.eventId(), f.courtCode(),
                f.originalName(), f.storedName(), f.contentType(), f.size(), f.sha256(), f.uploadedBy(),
                Timestamp.valueOf(f.uploadedAt()));
        Long id = jdbc.queryForObject("SELECT MAX(id) FROM staff_incident_file WHERE stored_name = ?", Long.class, f.storedName());
        return id == null ? -1 : id;
    }

    /** Every change raises the data version in the same transaction (readers reload when it moves). */
    void raiseVersion(String actor) {
        jdbc.update("UPDATE data_version SET version = version + 1, changed_at = ?, changed_by = ? WHERE id = 1",
                Timestamp.valueOf(LocalDateTime.now()), actor);
    }
}
