package cn.scorecard.app.account;

import cn.scorecard.app.audit.AuditLog;
import cn.scorecard.app.security.AccountSessions;
import cn.scorecard.app.security.LoginThrottle;
import cn.scorecard.app.security.PasswordPolicy;
import cn.scorecard.app.security.UserAccount;
import cn.scorecard.app.security.UserRepository;
import cn.scorecard.app.web.Messages;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing one's own password: the current password is checked (behind the same throttle as a sign-in, so the form
 * is no way around it), the new one against the policy; the change ends every session of the user and clears the
 * "must change" flag. The audit entry says that the password was changed, never what to.
 */
@Service
class PasswordChange {
    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final AccountSessions sessions;
    private final AuditLog audit;

    PasswordChange(UserRepository users, PasswordEncoder encoder, PasswordPolicy policy, LoginThrottle throttle,
                   AccountSessions sessions, AuditLog audit) {
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.throttle = throttle;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** Changes the password, or says why not (in Chinese). */
    @Transactional
    Optional<String> change(String username, String current, String chosen, String repeated, String address) {
        Duration wait = throttle.waitFor(username, address);
        if (!wait.isZero()) return Optional.of(Messages.text("password.throttled",
                String.valueOf(Math.max(1, (wait.getSeconds() + 59) / 60))));
        Optional<UserAccount> account = users.find(username == null ? "" : username.trim())
                .filter(a -> a.enabled() && UserAccount.LOCAL.equals(a.source()));
        if (account.isEmpty() || current == null || !encoder.matches(current, account.get().passwordHash())) {
            throttle.failed(username, address);
            return Optional.of(Messages.text("password.wrong"));
        }
        throttle.succeeded(username, address);
        if (chosen == null || !chosen.equals(repeated)) return Optional.of(Messages.text("password.mismatch"));
        if (encoder.matches(chosen, account.get().passwordHash())) return Optional.of(Messages.text("password.unchanged"));
        Optional<String> problem = policy.problem(chosen, account.get().username());
        if (problem.isPresent()) return problem;
        users.update(account.get().withPassword(encoder.encode(chosen), false));
        sessions.endAll(account.get().username());
        audit.record(account.get().username(), Messages.text("password.audit.action"), "app_user", account.get().username(),
                account.get().courtCode(), null, Messages.text("password.audit.detail"));
        return Optional.empty();
    }
}
