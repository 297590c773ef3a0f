package cn.scorecard.app.staff.interviews;

import cn.scorecard.app.audit.AuditLog;
import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Interview records (约谈记录): added by the court's assessment group (callers check that), audited, never changed. */
@Service
public class InterviewRecords {
    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    InterviewRecords(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public void add(String court, String staffId, YearMonth month, LocalDate date, String interviewer, String notes, String actor) {
        if (date == null) throw new IllegalArgumentException(Messages.text("interviews.error.date"));
        if (date.isBefore(month.atDay(1))) throw new IllegalArgumentException(Messages.text("interviews.error.early"));
        if (date.isAfter(LocalDate.now())) throw new IllegalArgumentException(Messages.text("interviews.error.late"));
        String who = required(interviewer, Messages.text("interviews.error.interviewer"), 100);
        String text = required(notes, Messages.text("interviews.error.notes"), 4000);
        jdbc.update("INSERT INTO staff_interview (court_code, staff_id, month_start, interview_date, interviewer, notes,"
                        + " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", court, staffId, month.atDay(1), date,
                who, text, actor, Timestamp.valueOf(LocalDateTime.now()));
        audit.record(actor, Messages.text("interviews.audit.recorded"), "staff_interview", staffId + "/" + month, court, null,
                Messages.text("interviews.audit.detail", Formats.date(date), who, text));
    }

    /** The court's records of the month, per person. */
    public Map<String, List<InterviewRecord>> ofMonth(String court, YearMonth month) {
        return jdbc.query("SELECT * FROM staff_interview WHERE court_code = ? AND month_start = ? ORDER BY interview_date, id",
                        (rs, i) -> new InterviewRecord(rs.getLong("id"), rs.getString("court_code"), rs.getString("staff_id"),
                                YearMonth.from(rs.getDate("month_start").toLocalDate()), rs.getDate("interview_date").toLocalDate(),
                                rs.getString("interviewer"), rs.getString("notes"), rs.getString("recorded_by"),
                                rs.getTimestamp("recorded_at").toLocalDateTime()), court, month.atDay(1))
                .stream().collect(Collectors.groupingBy(InterviewRecord::staffId));
    }

    private static String required(String s, String message, int max) {
        if (s == null || s.isBlank()) throw new IllegalArgumentException(message);
        if (s.trim().length() > max) throw new IllegalArgumentException(Messages.text("interviews.error.tooLong", String.valueOf(max)));
        return s.trim();
    }
}
