package cn.scorecard.app.security;

/** The roles of the application; one per user. */
public enum Role {
    ADMIN("系统管理员"),
    ASSESSOR("评估组"),
    COURT_ADMIN("法院管理员"),
    OFFICER("执行干警"),
    STAFF_GROUP("考核领导小组");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
