package cn.scorecard.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Back-off per user name and address, per address alone, forgotten after an hour, cleared by a success. */
class LoginThrottleTest {
    Instant now = Instant.parse("2026-12-01T08:00:00Z");
    final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    private void fail(int times, String user, String address) {
        for (int i = 0; i < times; i++) throttle.failed(user, address);
    }

    @Test
    void theWaitDoublesAfterFiveFailuresUpToFifteenMinutes() {
        fail(4, "admin", "1.1.1.1");
        assertThat(throttle.waitFor("admin", "1.1.1.1")).isZero();
        fail(1, "admin", "1.1.1.1");
        assertThat(throttle.waitFor("admin", "1.1.1.1")).isEqualTo(Duration.ofMinutes(1));
        fail(1, "admin", "1.1.1.1");
        assertThat(throttle.waitFor("admin", "1.1.1.1")).isEqualTo(Duration.ofMinutes(2));
        fail(1, "admin", "1.1.1.1");
        assertThat(throttle.waitFor("admin", "1.1.1.1")).isEqualTo(Duration.ofMinutes(4));
        fail(5, "admin", "1.1.1.1");
        assertThat(throttle.waitFor("admin", "1.1.1.1")).isEqualTo(Duration.ofMinutes(15));
        now = now.plus(Duration.ofMinutes(15));
        assertThat(throttle.waitFor("admin", "1.1.1.1")).isZero().as("the wait passes");
        now = now.plus(Duration.ofMinutes(61));
        fail(1, "admin", "1.1.1.1");
        assertThat(throttle.waitFor("admin", "1.1.1.1")).isZero().as("old failures are forgotten");
    }

    @Test
    void anotherAddressAndASuccessAreNotHeldBack() {
        fail(6, "Admin", "1.1.1.1");
        assertThat(throttle.waitFor("admin", "1.1.1.1")).isPositive().as("user names are compared without case");
        assertThat(throttle.waitFor("admin", "2.2.2.2")).isZero();
        throttle.succeeded("admin", "1.1.1.1");
        assertThat(throttle.waitFor("admin", "1.1.1.1")).isZero();
    }

    @Test
    void oneAddressTryingManyUserNamesIsSlowedToo() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) throttle.failed("user" + i, "3.3.3.3");
        assertThat(throttle.waitFor("someone-new", "3.3.3.3")).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("someone-new", "4.4.4.4")).isZero();
    }
}
