package cn.scorecard.core.staff;

import java.math.BigDecimal;

/** Points are decimals such as 0.5 and 0.2: sums are rounded so that 0.2 × 3 is 0.6 and ties compare equal. */
public final class Points {
    private Points() {
    }

    public static double round(double points) {
        return Math.round(points * 10_000d) / 10_000d;
    }

    /** 0.5 → "0.5", 2.0 → "2", for Chinese explanations. */
    public static String format(double points) {
        return BigDecimal.valueOf(round(points)).stripTrailingZeros().toPlainString();
    }
}
