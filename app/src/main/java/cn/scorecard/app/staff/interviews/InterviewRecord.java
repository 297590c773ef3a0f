package cn.scorecard.app.staff.interviews;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

/** The record of an interview (约谈) held with an officer who failed {@code month}. */
public record InterviewRecord(long id, String courtCode, String staffId, YearMonth month, LocalDate interviewDate,
                              String interviewer, String notes, String recordedBy, LocalDateTime recordedAt) {
}
