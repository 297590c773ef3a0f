package cn.scorecard.core.data;

import cn.scorecard.core.cases.Times;

/**
 * 执行款: money received for a case (到账, the day it becomes releasable) and its release (发放).
 *
 * @param releasedMinute {@link Times#NONE} while not released
 * @param lateApproved 超期发放说明理由并经领导审批
 */
public record Payment(int caseRow, int arrivedMinute, int releasedMinute, boolean lateApproved, long amountFen) {
}
