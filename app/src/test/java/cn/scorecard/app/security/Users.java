package cn.scorecard.app.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in users of each role for MockMvc requests (court codes of the demo province). */
public final class Users {
    private Users() {
    }

    public static CurrentUser of(Role role, String court, String staff) {
        return new CurrentUser(role.name().toLowerCase() + "-" + court, role.label(), "x", role, court, staff, true);
    }

    public static RequestPostProcessor as(Role role, String court) {
        return user(of(role, court, null));
    }

    public static RequestPostProcessor as(Role role, String court, String staff) {
        return user(of(role, court, staff));
    }

    public static final RequestPostProcessor ADMIN = user(of(Role.ADMIN, null, null));
    public static final RequestPostProcessor ASSESSOR = user(of(Role.ASSESSOR, null, null));
    /** 澄源市城东区人民法院's administrator. */
    public static final RequestPostProcessor BASIC_ADMIN = as(Role.COURT_ADMIN, "江0102");
    /** 澄源市中级人民法院's administrator: sees 江01 and its basic courts 江0102–江0105. */
    public static final RequestPostProcessor INTERMEDIATE_ADMIN = as(Role.COURT_ADMIN, "江01");
    public static final RequestPostProcessor STAFF_GROUP = as(Role.STAFF_GROUP, "江0102");
    public static final RequestPostProcessor OFFICER = as(Role.OFFICER, "江0102", "江0102-001");
}
