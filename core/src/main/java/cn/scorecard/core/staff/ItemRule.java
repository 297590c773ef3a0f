package cn.scorecard.core.staff;

/** How an item is scored: one of three kinds of rule in the seed. */
public sealed interface ItemRule permits PerOccurrenceRule, QuotaRule, ReductionRule {
}
