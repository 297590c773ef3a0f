package cn.scorecard.app.staff.web;

import cn.scorecard.app.staff.versions.StaffMonths;
import cn.scorecard.app.web.Messages;
import java.time.YearMonth;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which version a page shows: a chosen one ({@code run}, managers only, of the same court), else for managers the
 * current one (published, newest draft or a preview), for officers the published one or nothing.
 */
record Chosen(YearMonth month, StaffMonths.Shown shown) {
    static Chosen of(StaffMonths months, String court, YearMonth month, Long run, boolean manager) {
        if (run != null && manager) {
            StaffMonths.Shown s;
            try {
                s = months.run(run);
            } catch (IllegalArgumentException e) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
            }
            if (!s.run().scope().equals(court)) throw new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("staff.error.otherCourtsRun"));
            return new Chosen(YearMonth.from(s.run().periodStart()), s);
        }
        if (manager) return new Chosen(month, months.current(court, month));
        return new Chosen(month, months.published(court, month).orElse(null));
    }
}
