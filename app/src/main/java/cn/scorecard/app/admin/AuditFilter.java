package cn.scorecard.app.admin;

import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The audit log's filters: a date range (inclusive), a user, a court and a kind of entry. Court and kind narrow the
 * query the audit log runs within what the reader may see; the dates and the user narrow its answer.
 */
record AuditFilter(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @Size(max = 64) String actor, @Size(max = 32) String court,
                   @Pattern(regexp = "[a-z_]{0,40}") String kind) {

    boolean admits(AuditRows.Row r) {
        LocalDate day = r.at().toLocalDate();
        if (from != null && day.isBefore(from)) return false;
        if (to != null && day.isAfter(to)) return false;
        return actor == null || actor.isBlank() || actor.equals(r.entry().actor());
    }

    /** The filters in words, for the export's title. */
    String describe() {
        StringBuilder s = new StringBuilder();
        if (from != null || to != null) s.append(Messages.text("audit.range", Formats.date(from), Formats.date(to)));
        if (actor != null && !actor.isBlank()) s.append(Messages.text("audit.byActor", actor));
        if (court != null && !court.isBlank()) s.append(Messages.text("audit.byCourt", court));
        if (kind != null && !kind.isBlank()) s.append(" · ").append(AuditRows.kind(kind));
        return s.toString();
    }
}
