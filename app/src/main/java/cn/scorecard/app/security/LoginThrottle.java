package cn.scorecard.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Login throttling: after {@link #MAX_FAILURES} failed logins for a user name within {@link #WINDOW}, further
 * attempts are refused until the window has passed (guessing passwords becomes impractical).
 */
@Component
public class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isLocked(String username) {
        Deque<Instant> f = failures.get(key(username));
        if (f == null) return false;
        synchronized (f) {
            prune(f);
            return f.size() >= MAX_FAILURES;
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent e) {
        Deque<Instant> f = failures.computeIfAbsent(key(e.getAuthentication().getName()), k -> new ArrayDeque<>());
        synchronized (f) {
            prune(f);
            f.addLast(clock.instant());
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent e) {
        failures.remove(key(e.getAuthentication().getName()));
    }

    private void prune(Deque<Instant> f) {
        Instant limit = clock.instant().minus(WINDOW);
        while (!f.isEmpty() && f.peekFirst().isBefore(limit)) f.removeFirst();
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase();
    }
}
