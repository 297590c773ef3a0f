package cn.scorecard.app.admin;

import cn.scorecard.app.security.Role;
import cn.scorecard.app.security.UserAccount;

/**
 * What the user form shows: a user being edited, a new user (by default the least-privileged role, an officer,
 * enabled), or what was entered when a save was refused. Never a password.
 */
public record UserForm(String username, String displayName, Role role, String courtCode, String staffCode, boolean enabled,
                       boolean existing) {
    static UserForm blank() {
        return new UserForm("", "", Role.OFFICER, null, null, true, false);
    }

    static UserForm of(UserAccount a) {
        return new UserForm(a.username(), a.displayName(), a.role(), a.courtCode(), a.staffCode(), a.enabled(), true);
    }
}
