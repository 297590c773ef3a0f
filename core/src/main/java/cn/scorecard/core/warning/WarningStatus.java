package cn.scorecard.core.warning;

/** Where a listed clock stands: still running but close to its deadline, or past it. */
public enum WarningStatus {
    DUE_SOON("即将到期"), OVERDUE("已超期");

    private final String label;

    WarningStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
