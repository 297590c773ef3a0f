package cn.scorecard.core.plan;

/** What a planned action does to the data. */
public enum ActionKind {
    /** 结案: an open case closed on a day by a method. */
    CLOSE_CASE("结案"),
    /** 完成节点: a step (流程节点) recorded at a minute. */
    DO_STEP("完成节点"),
    /** 信访办结: an open petition concluded on a day. */
    CONCLUDE_PETITION("信访办结"),
    /** 事项办结: an open delegated or supervised matter done on a day. */
    CONCLUDE_MATTER("事项办结"),
    /** 执行款发放: money received for a case and not yet released, released at a minute. */
    RELEASE_PAYMENT("执行款发放");

    private final String label;

    ActionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
