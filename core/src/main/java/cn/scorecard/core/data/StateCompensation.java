package cn.scorecard.core.data;

/** 国家赔偿 case decided against the court; causedByEnforcement = 因执行发生国家赔付. */
public record StateCompensation(int court, String caseNumber, int decidedDay, boolean causedByEnforcement,
                                int staff) {
}
