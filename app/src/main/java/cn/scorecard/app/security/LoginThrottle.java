package cn.scorecard.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Throttles guessing, for every way of signing in (form, HTTP Basic, API token): failures are counted per user name
 * and client address together, so a stranger guessing at {@code admin} from one address does not lock the real
 * administrator out elsewhere, and per address alone, so one address cannot try many user names. After
 * {@value #FREE_FAILURES} failures each further attempt waits a back-off that doubles (1 min, 2, 4 … at most
 * {@link #MAX_WAIT}) instead of a lock that anyone can keep on forever; a success clears the user's count at that
 * address. Kept in memory: a restart forgets, which only helps the real user.
 */
@Component
public class LoginThrottle {
    static final int FREE_FAILURES = 5;
    /** An address trying many user names is slowed after this many failures. */
    static final int FREE_FAILURES_PER_ADDRESS = 30;
    static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    /** Failures older than this are forgotten. */
    static final Duration MEMORY = Duration.ofHours(1);
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must still wait before trying this user name from this address (zero: may try now). */
    public Duration waitFor(String username, String address) {
        Instant now = clock.instant();
        Duration a = wait(failures.get(pair(username, address)), FREE_FAILURES, now);
        Duration b = wait(failures.get(address(address)), FREE_FAILURES_PER_ADDRESS, now);
        return a.compareTo(b) >= 0 ? a : b;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        failures.compute(pair(username, address), (k, f) -> Failures.add(f, now));
        failures.compute(address(address), (k, f) -> Failures.add(f, now));
        if (failures.size() > 100_000) failures.values().removeIf(f -> f.last().isBefore(now.minus(MEMORY)));
    }

    public void succeeded(String username, String address) {
        failures.remove(pair(username, address));
    }

    private Duration wait(Failures f, int free, Instant now) {
        if (f == null || f.last().isBefore(now.minus(MEMORY)) || f.count() < free) return Duration.ZERO;
        int doublings = Math.min(f.count() - free, 10);
        Duration backOff = FIRST_WAIT.multipliedBy(1L << doublings);
        if (backOff.compareTo(MAX_WAIT) > 0) backOff = MAX_WAIT;
        Duration left = Duration.between(now, f.last().plus(backOff));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String pair(String username, String address) {
        return (username == null ? "" : username.trim().toLowerCase(Locale.ROOT)) + "@" + address(address);
    }

    private static String address(String address) {
        return address == null ? "?" : address;
    }

    /** How many failures, and when the last one was. */
    private record Failures(int count, Instant last) {
        static Failures add(Failures f, Instant now) {
            if (f == null || f.last().isBefore(now.minus(MEMORY))) return new Failures(1, now);
            return new Failures(f.count() + 1, now);
        }
    }
}
