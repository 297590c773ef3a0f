package cn.scorecard.app.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends a user's signed-in sessions at once (the next request of each is sent to the login page), when the
 * administrator disables the account, changes its role or scope, or resets its password.
 */
@Component
public class AccountSessions {
    private final SessionRegistry registry;

    AccountSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Expires every session of the user; returns how many there were. */
    public int endAll(String username) {
        int n = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof CurrentUser u && u.username().equalsIgnoreCase(username)) {
                for (SessionInformation s : registry.getAllSessions(principal, false)) {
                    s.expireNow();
                    n++;
                }
            }
        }
        return n;
    }
}
