package cn.scorecard.core.staff;

/** How a clerk's quarterly evaluation and the quarter's monthly scores combine (考评得分加上本季度每月考核得分). */
public enum QuarterlyCombination {
    /** The literal reading of 加上: evaluation + the sum of the monthly scores. */
    SUM,
    /** Evaluation + the mean of the monthly scores. */
    MEAN
}
