package cn.scorecard.app.security;

import cn.scorecard.app.messages.Bundle;

/** The roles of the application; one per user. */
public enum Role {
    ADMIN, ASSESSOR, COURT_ADMIN, OFFICER, STAFF_GROUP;

    /** The role's Chinese name (role.* in messages_zh_CN.properties). */
    public String label() {
        return Bundle.text("role." + name());
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
