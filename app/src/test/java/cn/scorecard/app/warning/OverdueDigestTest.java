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
        LocalDate day = LocalDate.of(2025, 12, 31);
        WarningService.Found found = service.find(WarningAccessTest.SUN, null, null, null, day);
        LocalDateTime before = found.moment().minusDays(1);
        List<WarningRow> rows = found.rows(0, found.warnings().size());
        long fresh = rows.stream().filter(w -> w.overdue() && w.due().isAfter(before)).count();
        long overdue = rows.stream().filter(WarningRow::overdue).count();
        assertThat(fresh).as("the demo has cases of 孙雪艳 that went overdue on the last day").isPositive();

        int first = digest.send(day);
        assertThat(first).isPositive();
        List<Notification> hers = notifications.list("sunxueyan", 500).stream()
                .filter(n -> ("/warnings?asOf=" + day).equals(n.link())).toList();
        assertThat(hers).hasSize(1);
        assertThat(hers.get(0).title()).isEqualTo(day + "：" + fresh + " 项期限新近超期");
        assertThat(hers.get(0).body()).contains("目前共有 " + overdue + " 项预警已超期");

        assertThat(digest.send(day)).isZero(); // the same day again: nothing new
        assertThat(notifications.list("sunxueyan", 500).stream().filter(n -> ("/warnings?asOf=" + day).equals(n.link())))
                .hasSize(1);
    }
}
