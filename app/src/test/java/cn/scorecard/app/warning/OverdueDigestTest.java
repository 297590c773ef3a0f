package cn.scorecard.app.warning;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.AppTest;
import cn.scorecard.app.notifications.Notification;
import cn.scorecard.app.notifications.Notifications;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Officers hear once a day, in one notice, which of their cases went past a deadline the day before; the count is
 * the page's, worked out here from the same warnings.
 */
@AppTest
class OverdueDigestTest {
    @Autowired
    OverdueDigest digest;
    @Autowired
    WarningService service;
    @Autowired
    Notifications notifications;

    @Test
    void oneNoticePerOfficerAndDayWithTheCasesThatBecameOverdue() {
        // the last day of the data on which some case of 孙雪艳 went past a deadline
        LocalDate day = LocalDate.of(2025, 12, 31);
        long fresh = 0;
        long overdue = 0;
        for (int back = 0; back < 120 && fresh == 0; back++) {
            day = LocalDate.of(2025, 12, 31).minusDays(back);
            WarningService.Found found = service.find(WarningAccessTest.SUN, null, null, null, day);
            LocalDateTime before = found.moment().minusDays(1);
            List<WarningRow> rows = found.rows(0, found.warnings().size());
            fresh = rows.stream().filter(w -> w.overdue() && w.due().isAfter(before)).count();
            overdue = rows.stream().filter(WarningRow::overdue).count();
        }
        assertThat(fresh).as("a day on which cases of 孙雪艳 went overdue").isPositive();
        String link = "/warnings?asOf=" + day;
        LocalDate digestDay = day;

        int first = digest.send(digestDay);
        assertThat(first).isPositive();
        List<Notification> hers = notifications.list("sunxueyan", 500).stream()
                .filter(n -> link.equals(n.link())).toList();
        assertThat(hers).hasSize(1);
        assertThat(hers.get(0).title()).isEqualTo(day + "：" + fresh + " 项期限新近超期");
        assertThat(hers.get(0).body()).contains("目前共有 " + overdue + " 项预警已超期");

        assertThat(digest.send(digestDay)).isZero(); // the same day again: nothing new
        assertThat(notifications.list("sunxueyan", 500).stream().filter(n -> link.equals(n.link())))
                .hasSize(1);
    }
}
