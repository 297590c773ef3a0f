package cn.scorecard.core.cases;

/** 结案方式. 实际执结 is every method except 终结本次执行程序. */
public enum ClosingMethod {
    FULFILLED("执行完毕"),
    SETTLEMENT_FULFILLED("和解履行完毕"),
    TERMINATED("终结执行"),
    TERMINATED_THIS_ROUND("终结本次执行程序"),
    WITHDRAWN("销案"),
    NOT_ENFORCED("不予执行"),
    REJECTED("驳回申请"),
    /** 执行审查类 and other non-implementation cases simply 结案. */
    CONCLUDED("结案");

    private final String label;

    ClosingMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isActualClosure() {
        return this != TERMINATED_THIS_ROUND;
    }

    public static ClosingMethod parse(String text) {
        String t = text.trim();
        for (ClosingMethod m : values()) {
            if (m.label.equals(t) || m.name().equalsIgnoreCase(t)) return m;
        }
        if (t.equals("终本")) return TERMINATED_THIS_ROUND;
        if (t.equals("和解")) return SETTLEMENT_FULFILLED;
        throw new IllegalArgumentException("未知的结案方式: " + text);
    }
}
