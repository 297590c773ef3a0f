package cn.scorecard.app.security;

import cn.scorecard.app.messages.Bundle;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a user signed in at the courts' identity service (OIDC) into an account of this application: the user name,
 * display name, role, court and staff id come from claims (their names and the role words are settings, see
 * docs/security.md); the account is created or updated on each sign-in, so that the administrator sees it, can
 * disable it, and the audit log names it. A disabled account stays disabled; a claim naming an unknown role or no
 * court for a court-bound role refuses the sign-in.
 */
final class OidcAccounts {
    private final UserRepository users;
    private final OidcSettings settings;

    OidcAccounts(UserRepository users, OidcSettings settings) {
        this.users = users;
        this.settings = settings;
    }

    /** The account for the signed-in OIDC user, or why there is none (in Chinese). */
    Result signIn(OidcUser oidc) {
        String username = claim(oidc, settings.usernameClaim()).orElse(null);
        if (username == null || !username.matches("[A-Za-z0-9_.@-]{2,64}")) {
            return Result.refused(Bundle.text("oidc.noUsername", settings.usernameClaim()));
        }
        Role role = claim(oidc, settings.roleClaim()).flatMap(settings::role).orElse(null);
        if (role == null) return Result.refused(Bundle.text("oidc.noRole", settings.roleClaim()));
        String court = claim(oidc, settings.courtClaim()).orElse(null);
        if (role != Role.ADMIN && role != Role.ASSESSOR && court == null) {
            return Result.refused(Bundle.text("oidc.noCourt", role.label(), settings.courtClaim()));
        }
        String name = claim(oidc, settings.nameClaim()).orElse(username);
        String staff = claim(oidc, settings.staffClaim()).orElse(null);
        Optional<UserAccount> existing = users.find(username);
        if (existing.isPresent() && !existing.get().enabled()) return Result.refused(Bundle.text("oidc.disabled"));
        if (existing.isPresent() && !UserAccount.OIDC.equals(existing.get().source())) {
            return Result.refused(Bundle.text("oidc.localAccount"));
        }
        UserAccount account = new UserAccount(username, name, "{oidc}", role, court, staff, true,
                existing.map(UserAccount::createdAt).orElse(LocalDateTime.now()), false, UserAccount.OIDC);
        if (existing.isPresent()) users.update(account); else users.insert(account);
        return new Result(CurrentUser.of(account), null, existing.map(a -> a.accessChangedIn(account)).orElse(true));
    }

    private static Optional<String> claim(OidcUser user, String name) {
        Object v = user.getClaims().get(name);
        if (v instanceof java.util.Collection<?> c) v = c.isEmpty() ? null : c.iterator().next();
        String s = v == null ? null : v.toString().trim();
        return s == null || s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** The signed-in user, or the reason for refusing; {@code changed}: the account is new or its access changed. */
    record Result(CurrentUser user, String refusal, boolean changed) {
        static Result refused(String why) {
            return new Result(null, why, false);
        }
    }

    /** The claim names and role words (Spring properties scorecard.oidc.*). */
    record OidcSettings(String usernameClaim, String nameClaim, String roleClaim, String courtClaim, String staffClaim,
                        Map<String, Role> roleWords) {
        Optional<Role> role(String word) {
            Role mapped = roleWords.get(word);
            if (mapped != null) return Optional.of(mapped);
            for (Role r : Role.values()) {
                if (r.name().equalsIgnoreCase(word) || r.label().equals(word)) return Optional.of(r);
            }
            return Optional.empty();
        }
    }
}
