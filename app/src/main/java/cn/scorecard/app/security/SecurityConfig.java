package cn.scorecard.app.security;

import cn.scorecard.app.audit.AuditLog;
import cn.scorecard.app.messages.Bundle;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Authentication and the two gates every request passes: the URL rule (public paths, else a signed-in user) and,
 * at each controller handler, the roles it declares ({@link AllowedRoles}, checked by {@link RoleAuthorization}).
 * Which courts' data a user may reach is each feature's access policy (on top of {@link CourtScope}). CSRF
 * protection stays on (htmx sends the token from the page's meta tags). Scripts come from files only: the content
 * security policy has no 'unsafe-inline' for scripts.
 */
@Configuration
@EnableMethodSecurity(prePostEnabled = false)
class SecurityConfig {
    /** Paths anyone may request; every handler behind them is marked {@link Public}. */
    static final String[] PUBLIC_PATHS = {"/login", "/webjars/**", "/_static/**", "/css/**", "/js/**", "/favicon.ico",
            "/error", "/account/password"};
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Every password sign-in (form, HTTP Basic) goes through the throttle. */
    @Bean
    AuthenticationProvider passwordAuthentication(AccountDetailsService details, PasswordEncoder encoder,
                                                  LoginThrottle throttle, UserRepository users) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(details);
        dao.setPasswordEncoder(encoder);
        return new ThrottledAuthentication(dao, throttle, users);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends, so that it does not keep them forever. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** The role gate on every handler of the application's controllers (fail-closed, see RoleAuthorization). */
    @Bean
    @org.springframework.context.annotation.Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor controllerRoles() {
        ComposablePointcut handlers = new ComposablePointcut(new AnnotationMatchingPointcut(Controller.class, RequestMapping.class, true))
                .intersection((Class<?> type) -> type.getName().startsWith("cn.scorecard.app."));
        AuthorizationManagerBeforeMethodInterceptor interceptor =
                new AuthorizationManagerBeforeMethodInterceptor(handlers, new RoleAuthorization());
        interceptor.setOrder(AuthorizationInterceptorsOrder.PRE_AUTHORIZE.getOrder());
        return interceptor;
    }

    @Bean
    @ConditionalOnWebApplication // a context without a web server (tests of the data platform) has no HTTP security
    SecurityFilterChain web(HttpSecurity http, LoginThrottle throttle, ApiTokens tokens, UserRepository users,
                            SessionRegistry sessions, ObjectProvider<ClientRegistrationRepository> oidc,
                            OidcLoginSettings oidcSettings, AuditLog audit,
                            @Value("${scorecard.security.http-basic:false}") boolean httpBasic) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(new LoginFailures())
                        .permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?logout"))
                .sessionManagement(s -> s.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?expired"))
                .csrf(c -> c.ignoringRequestMatchers(BearerTokenFilter::hasBearer))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .exceptionHandling(e -> e
                        // the refusal's own sentence (e.g. 您无权查看该法院的数据) reaches the error page
                        .accessDeniedHandler((request, response, denied) -> {
                            request.setAttribute(org.springframework.security.web.WebAttributes.ACCESS_DENIED_403, denied);
                            response.sendError(HttpStatus.FORBIDDEN.value(), denied.getMessage());
                        })
                        // API clients get a 401 problem detail; everyone else is sent to the login page
                        .defaultAuthenticationEntryPointFor(new ProblemEntryPoint(HttpStatus.UNAUTHORIZED,
                                        Bundle.text("error.title.401"), Bundle.text("login.tokenRequired")),
                                PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE))
                .addFilterBefore(new BearerTokenFilter(tokens, users, throttle), UsernamePasswordAuthenticationFilter.class);
        if (httpBasic) http.httpBasic(b -> { });
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(o -> o.loginPage("/login")
                    .successHandler(new OidcLogin(new OidcAccounts(users, oidcSettings.settings()), sessions, audit))
                    .failureUrl("/login?oidc=" + java.net.URLEncoder.encode(Bundle.text("oidc.failed"), java.nio.charset.StandardCharsets.UTF_8)));
        }
        return http.build();
    }
}
