package cn.scorecard.app.security;

import cn.scorecard.app.messages.Bundle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API request that carries {@code Authorization: Bearer <token>} as the token's user, for that request
 * only (no session). A wrong, expired or revoked token is a 401 and counts as a failed sign-in of the address; a
 * read-only token may only read (GET, HEAD).
 */
final class BearerTokenFilter extends OncePerRequestFilter {
    static final String TOKEN_USER = "#token";
    private final ApiTokens tokens;
    private final UserRepository users;
    private final LoginThrottle throttle;

    BearerTokenFilter(ApiTokens tokens, UserRepository users, LoginThrottle throttle) {
        this.tokens = tokens;
        this.users = users;
        this.throttle = throttle;
    }

    /** Requests that authenticate with a bearer token (they carry no session cookie, so CSRF does not apply). */
    static boolean hasBearer(HttpServletRequest request) {
        String h = request.getHeader("Authorization");
        return h != null && h.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !hasBearer(request) || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        Duration wait = throttle.waitFor(TOKEN_USER, address);
        if (!wait.isZero()) {
            problem(response, HttpStatus.TOO_MANY_REQUESTS, Bundle.text("error.title.429"), ThrottledAuthentication.waitMessage(wait));
            return;
        }
        String secret = request.getHeader("Authorization").substring(7).trim();
        Optional<ApiTokens.Token> token = tokens.find(secret);
        Optional<UserAccount> account = token.flatMap(t -> users.find(t.username())).filter(UserAccount::enabled);
        if (account.isEmpty()) {
            throttle.failed(TOKEN_USER, address);
            problem(response, HttpStatus.UNAUTHORIZED, Bundle.text("error.title.401"), Bundle.text("token.invalid"));
            return;
        }
        boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (token.get().scope() == ApiTokens.Scope.READ && !reading) {
            problem(response, HttpStatus.FORBIDDEN, Bundle.text("error.title.403"), Bundle.text("token.readOnly"));
            return;
        }
        CurrentUser user = CurrentUser.of(account.get());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(user.role().authority()),
                        new SimpleGrantedAuthority("TOKEN_" + token.get().scope().name()))));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static void problem(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail + "\"}");
    }
}
