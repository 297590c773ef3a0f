package cn.scorecard.app.warning;

import java.util.Set;

/**
 * Whose warnings a request may list, after the access rules.
 *
 * @param courts court indexes
 * @param staff a staff index whose cases only are listed, or -1
 * @param nobody an officer whose account is linked to no one on the roster: nothing to list
 */
record WarningScope(Set<Integer> courts, int staff, boolean nobody) {
}
