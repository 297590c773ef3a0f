package cn.scorecard.app.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** What the login page offers: the identity service's button when one is configured, the demo hint in the demo. */
@Component("loginOptions")
public class LoginOptions {
    private final String registration;
    private final boolean demo;

    LoginOptions(ObjectProvider<InMemoryClientRegistrationRepository> registrations, Environment environment) {
        InMemoryClientRegistrationRepository r = registrations.getIfAvailable();
        String id = null;
        if (r != null) {
            for (ClientRegistration c : r) {
                id = c.getRegistrationId();
                break;
            }
        }
        this.registration = id;
        this.demo = environment.matchesProfiles("demo");
    }

    /** The id of the OIDC registration, or null when sign-in is by password only. */
    public String oidcRegistration() {
        return registration;
    }

    public boolean demo() {
        return demo;
    }
}
