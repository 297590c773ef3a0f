package cn.scorecard.core.cases;

/**
 * One change to a case's statutory period as recorded: a deducted interval (扣除期间, with its reason: 公告, 评估 …)
 * or an approved extension (延长期限). Kept for the explanations; the deadline itself is derived from the counts.
 *
 * @param startDay first day of the interval, {@link Times#NONE} for an extension given only as a number of days
 * @param endDay last day (inclusive), {@link Times#NONE} while a deducted interval is still running
 * @param days the days it deducts or adds (0 for a running interval)
 * @param reason 说明 as recorded, or null
 */
public record PeriodAdjustment(Kind kind, int startDay, int endDay, int days, String reason) {
    public enum Kind {
        DEDUCTION("扣除期间"), EXTENSION("延长期限");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 2024-02-01 至 2024-02-20 公告 20 日 (an extension without dates: 延长 30 日). */
    public String describe() {
        StringBuilder b = new StringBuilder(kind.label()).append(' ');
        if (startDay != Times.NONE) {
            b.append(Times.format(startDay)).append(" 至 ").append(endDay == Times.NONE ? "（未结束）" : Times.format(endDay));
            b.append(' ');
        }
        if (reason != null && !reason.isBlank()) b.append(reason).append(' ');
        if (kind == Kind.DEDUCTION && endDay == Times.NONE) return b.append("尚未结束，暂不扣除").toString();
        return b.append(kind == Kind.DEDUCTION ? "扣除 " : "延长 ").append(days).append(" 日").toString();
    }
}
