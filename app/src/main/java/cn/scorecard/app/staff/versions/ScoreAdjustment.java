package cn.scorecard.app.staff.versions;

import java.time.YearMonth;

/**
 * A score adjustment decided on an upheld objection (异议复核): {@code points} (signed) are added to the item's
 * score of the person's month in every version computed after the decision.
 */
public record ScoreAdjustment(long objectionId, String staffId, YearMonth month, String itemCode, double points,
                              String reason) {
}
