package cn.scorecard.core.cases;

import java.time.LocalDate;

/**
 * Adding whole months to an epoch day as {@link LocalDate#plusMonths} does (the corresponding day, clamped
 * to the month's end), through lookup tables for the month counts the rules use: evaluating a million cases
 * must not create a million LocalDate objects per indicator.
 */
final class MonthArithmetic {
    private static final int FIRST_DAY = (int) LocalDate.of(1990, 1, 1).toEpochDay();
    private static final int LAST_DAY = (int) LocalDate.of(2150, 12, 31).toEpochDay();
    private static final int MAX_TABLED_MONTHS = 24;
    private static final int[][] TABLES = new int[MAX_TABLED_MONTHS + 1][];

    private MonthArithmetic() {
    }

    static int plusMonths(int epochDay, int months) {
        if (months < 0 || months > MAX_TABLED_MONTHS || epochDay < FIRST_DAY || epochDay > LAST_DAY) {
            return (int) LocalDate.ofEpochDay(epochDay).plusMonths(months).toEpochDay();
        }
        int[] table = TABLES[months];
        if (table == null) table = build(months);
        return table[epochDay - FIRST_DAY];
    }

    private static synchronized int[] build(int months) {
        if (TABLES[months] != null) return TABLES[months];
        int[] t = new int[LAST_DAY - FIRST_DAY + 1];
        LocalDate d = LocalDate.ofEpochDay(FIRST_DAY);
        for (int i = 0; i < t.length; i++, d = d.plusDays(1)) {
            t[i] = (int) d.plusMonths(months).toEpochDay();
        }
        TABLES[months] = t;
        return t;
    }
}
