package cn.scorecard.app.staff.versions;

import java.util.List;

/**
 * Where the upheld adjustments come from (the objections). An interface so that computing a version does not
 * depend on the objection workflow that decides them.
 */
public interface AdjustmentSource {
    /** The adjustments of upheld objections of a court in a calendar year, oldest first. */
    List<ScoreAdjustment> upheld(String courtCode, int year);
}
