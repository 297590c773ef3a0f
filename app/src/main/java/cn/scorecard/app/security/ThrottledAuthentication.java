package cn.scorecard.app.security;

import cn.scorecard.app.messages.Bundle;
import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check of every way of signing in with a password (the form and, where enabled, HTTP Basic), behind
 * the {@link LoginThrottle}: while the user name and address must wait, the password is not even looked at; a wrong
 * password counts; a right one clears the count, and a password that must be changed first sends the user to the
 * change form instead of in.
 */
final class ThrottledAuthentication implements AuthenticationProvider {
    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final UserRepository users;

    ThrottledAuthentication(DaoAuthenticationProvider passwords, LoginThrottle throttle, UserRepository users) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        String username = request.getName();
        String address = request.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        Duration wait = throttle.waitFor(username, address);
        if (!wait.isZero()) throw new LockedException(waitMessage(wait));
        Authentication done;
        try {
            done = passwords.authenticate(request);
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw e;
        }
        throttle.succeeded(username, address);
        if (users.find(username).map(UserAccount::mustChangePassword).orElse(false)) {
            throw new CredentialsExpiredException(Bundle.text("login.changePassword"));
        }
        return done;
    }

    static String waitMessage(Duration wait) {
        long minutes = Math.max(1, (wait.getSeconds() + 59) / 60);
        return Bundle.text("login.throttled", String.valueOf(minutes));
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }
}
