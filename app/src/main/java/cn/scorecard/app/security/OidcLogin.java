package cn.scorecard.app.security;

import cn.scorecard.app.messages.Bundle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * After a sign-in at the identity service: the session's user becomes the application's own {@link CurrentUser}
 * (every page and policy works with it, as for a password sign-in), registered for {@link AccountSessions}; a
 * refused account is signed out again with the reason on the login page.
 */
final class OidcLogin implements AuthenticationSuccessHandler {
    private final OidcAccounts accounts;
    private final SessionRegistry sessions;
    private final cn.scorecard.app.audit.AuditLog audit;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    OidcLogin(OidcAccounts accounts, SessionRegistry sessions, cn.scorecard.app.audit.AuditLog audit) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        OidcAccounts.Result result = auth.getPrincipal() instanceof OidcUser oidc ? accounts.signIn(oidc)
                : OidcAccounts.Result.refused(Bundle.text("oidc.noUserInfo"));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        if (result.user() == null) {
            SecurityContextHolder.clearContext();
            repository.saveContext(context, request, response);
            request.getSession().invalidate();
            response.sendRedirect(request.getContextPath() + "/login?oidc=" + URLEncoder.encode(result.refusal(), StandardCharsets.UTF_8));
            return;
        }
        CurrentUser user = result.user();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
        sessions.registerNewSession(request.getSession().getId(), user);
        if (result.changed()) {
            audit.record(user.username(), Bundle.text("oidc.audit.action"), "app_user", user.username(), user.courtCode(), null,
                    Bundle.text("oidc.audit.detail", user.role().label(), String.valueOf(user.courtCode()),
                            String.valueOf(user.staffCode())));
        }
        response.sendRedirect(request.getContextPath() + "/");
    }
}
