package cn.scorecard.core.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Counts the days covered by deducted intervals, overlapping intervals counted once. */
final class DeductedDays {
    private DeductedDays() {
    }

    /** Intervals are {startDay, endDay} inclusive; an open interval has endDay = {@link Times#NONE}. */
    static int count(List<int[]> intervals) {
        List<int[]> sorted = new ArrayList<>(intervals);
        sorted.removeIf(i -> i[1] == Times.NONE || i[1] < i[0]);
        sorted.sort(Comparator.comparingInt(i -> i[0]));
        int total = 0;
        int curStart = Integer.MIN_VALUE;
        int curEnd = Integer.MIN_VALUE;
        for (int[] i : sorted) {
            if (curEnd == Integer.MIN_VALUE || i[0] > curEnd + 1) {
                if (curEnd != Integer.MIN_VALUE) total += curEnd - curStart + 1;
                curStart = i[0];
                curEnd = i[1];
            } else {
                curEnd = Math.max(curEnd, i[1]);
            }
        }
        if (curEnd != Integer.MIN_VALUE) total += curEnd - curStart + 1;
        return total;
    }
}
