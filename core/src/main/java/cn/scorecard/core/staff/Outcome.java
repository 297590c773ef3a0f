package cn.scorecard.core.staff;

/** A person's month: 合格 (total ≥ pass mark), 不合格, or not evaluated because of a one-vote veto. */
public enum Outcome {
    PASSED("合格"), FAILED("不合格"), VETOED("一票否决");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
