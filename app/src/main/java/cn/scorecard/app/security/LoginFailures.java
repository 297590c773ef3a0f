package cn.scorecard.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Where a failed sign-in goes: a password that must be changed to the change form, a throttled attempt to the login
 * page with the wait, everything else to the login page's one message (never saying whether the user exists).
 */
final class LoginFailures implements AuthenticationFailureHandler {
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String target;
        if (e instanceof CredentialsExpiredException) {
            String user = request.getParameter("username");
            target = "/account/password?expired" + (user == null ? "" : "&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8));
        } else if (e instanceof LockedException) {
            request.getSession().setAttribute("loginWait", e.getMessage());
            target = "/login?locked";
        } else if (e instanceof DisabledException) {
            target = "/login?disabled";
        } else {
            target = "/login?error";
        }
        response.sendRedirect(request.getContextPath() + target);
    }
}
