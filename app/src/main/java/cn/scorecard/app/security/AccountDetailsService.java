package cn.scorecard.app.security;

import cn.scorecard.app.messages.Bundle;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads users from the database for the login form. */
@Service
class AccountDetailsService implements UserDetailsService {
    private final UserRepository users;

    AccountDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.find(username).map(CurrentUser::of)
                .orElseThrow(() -> new UsernameNotFoundException(Bundle.text("login.unknownUser")));
    }
}
