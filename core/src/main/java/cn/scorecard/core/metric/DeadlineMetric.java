package cn.scorecard.core.metric;

import cn.scorecard.core.deadline.DeadlineRule;

/** A metric that counts cases against one node deadline: its explanations show that deadline case by case. */
public interface DeadlineMetric extends Metric {
    DeadlineRule rule();
}
