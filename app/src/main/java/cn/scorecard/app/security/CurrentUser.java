package cn.scorecard.app.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security sees it, with the court and staff scope. */
public record CurrentUser(String username, String displayName, String passwordHash, Role role, String courtCode,
                          String staffCode, boolean enabled) implements UserDetails {
    static CurrentUser of(UserAccount a) {
        return new CurrentUser(a.username(), a.displayName(), a.passwordHash(), a.role(), a.courtCode(), a.staffCode(),
                a.enabled());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    public boolean is(Role r) {
        return role == r;
    }
}
