package cn.scorecard.core.data;

/** 执行人员因执行工作受到党纪政纪处分或追究刑事责任. */
public record Discipline(int court, int staff, int day, String kind, boolean causedByEnforcement) {
}
