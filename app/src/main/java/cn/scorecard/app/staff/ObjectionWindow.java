package cn.scorecard.app.staff;

import cn.scorecard.app.web.Messages;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long after publication an officer may object to a result (办法 二（六）: 如有异议的，由考核领导小组复核; the
 * number of days is the court's setting {@code scorecard.staff.objection-days}, default 7). The window runs to the
 * end of the last day, counted in calendar days from the day of publication.
 */
@Component
public class ObjectionWindow {
    private final int days;

    public ObjectionWindow(@Value("${scorecard.staff.objection-days:7}") int days) {
        if (days < 0) throw new IllegalArgumentException(Messages.text("objections.error.days"));
        this.days = days;
    }

    public int days() {
        return days;
    }

    /** The last day an objection is accepted. */
    public LocalDate lastDay(LocalDateTime publishedAt) {
        return publishedAt.toLocalDate().plusDays(days);
    }

    public boolean open(LocalDateTime publishedAt, LocalDateTime now) {
        return publishedAt != null && !now.toLocalDate().isAfter(lastDay(publishedAt));
    }
}
