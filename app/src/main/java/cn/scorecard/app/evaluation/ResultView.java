package cn.scorecard.app.evaluation;

import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.Role;

/**
 * Which results an evaluation page shows: the latest published version of the period (what a court is held to) or
 * the live computation from the current data (what the assessors work on). Court administrators see the published
 * version unless they ask for the live one; administrators and assessors the live one unless they ask for the
 * published one.
 */
public enum ResultView {
    PUBLISHED("published"),
    LIVE("live");

    private final String param;

    ResultView(String param) {
        this.param = param;
    }

    /** The value of the {@code view} parameter. */
    public String param() {
        return param;
    }

    public static ResultView defaultFor(CurrentUser user) {
        return user != null && user.role() == Role.COURT_ADMIN ? PUBLISHED : LIVE;
    }

    /** The view asked for ({@code published}, {@code live}), else the user's default. */
    public static ResultView of(String param, CurrentUser user) {
        if (PUBLISHED.param.equals(param)) return PUBLISHED;
        if (LIVE.param.equals(param)) return LIVE;
        return defaultFor(user);
    }
}
