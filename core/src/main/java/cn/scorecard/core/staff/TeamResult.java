package cn.scorecard.core.staff;

/**
 * An implementation team (实施团队) of a court: the mean of its members' scores, vetoed members left out.
 *
 * @param members assessed members of the month
 * @param scoredMembers members with a score (not vetoed)
 * @param mean null when no member has a score
 * @param rank within the court (1, 2, 2, 4 for ties); null without a mean
 */
public record TeamResult(int court, String team, int members, int scoredMembers, Double mean, Integer rank) {
}
