package cn.scorecard.core.staff;

/**
 * What the system derives from records for a rule, named in the rule set by {@link #id()}. Case-based
 * computations look at the cases whose officer in the person's role (承办法官, 法官助理 or 书记员) is the person;
 * record-based ones at petitions and matters whose responsible officer (责任人) is the person.
 */
public enum Computation {
    /** Cases closed on the person's active days of the month (完成结案指标数). */
    CLOSURES("closures", Shape.CLOSURES, false, "本月结案"),
    /** Open cases older than N months, at a month's last day (超N个月以上案件存量). */
    STOCK_OLDER_THAN("stockOlderThan", Shape.STOCK, true, "超期限未结案件存量"),
    /** Open cases with property controlled (线上控制 or 线下控制) but not yet disposed (财产处分). */
    STOCK_AWAITING_DISPOSAL("stockAwaitingDisposal", Shape.STOCK, false, "待处置资产案件存量"),
    /** Open cases older than N months that meet the 终本 conditions on that day. */
    STOCK_TERMINATION_READY("stockTerminationReady", Shape.STOCK, true, "符合终本条件的未结案件存量"),
    /** 终本 closings of the month that fail the compliance check (终本不合格). */
    TERMINATION_NONCOMPLIANT("terminationNoncompliant", Shape.CASE_COUNT, false, "终本不合格案件"),
    /** Closed late this month, or became overdue this month while open (超法定期限). */
    OVERDUE_CASES("overdueCases", Shape.CASE_COUNT, false, "超法定期限案件"),
    /** Open past the unextended statutory period during the month (超期未报批延长). */
    OVERDUE_WITHOUT_EXTENSION("overdueWithoutExtension", Shape.CASE_COUNT, false, "超法定期限未报批案件"),
    /** Petitions registered this month caused by unlawful or irregular enforcement (not to Beijing). */
    MISCONDUCT_PETITIONS("misconductPetitions", Shape.RECORD_COUNT, false, "违法、不规范执行引发的信访"),
    /** Petitions to Beijing (进京访) registered this month. */
    BEIJING_PETITIONS("beijingPetitions", Shape.RECORD_COUNT, false, "进京访"),
    /** Petitions that passed the resolution period this month without being resolved (未及时化解). */
    UNRESOLVED_PETITIONS("unresolvedPetitions", Shape.RECORD_COUNT, false, "未及时化解的信访"),
    /** Supervised matters (督办) whose deadline fell this month and that were not done by it. */
    OVERDUE_SUPERVISED_MATTERS("overdueSupervisedMatters", Shape.RECORD_COUNT, false, "未按期办结的督办事项");

    /** How a computation's result is used by a rule. */
    public enum Shape {
        /** A count compared with a quota. */
        CLOSURES,
        /** A stock at two month ends, for a reduction rule. */
        STOCK,
        /** Cases counted one by one for a per-occurrence deduction. */
        CASE_COUNT,
        /** Petitions or matters counted one by one for a per-occurrence deduction. */
        RECORD_COUNT
    }

    private final String id;
    private final Shape shape;
    private final boolean usesAge;
    private final String label;

    Computation(String id, Shape shape, boolean usesAge, String label) {
        this.id = id;
        this.shape = shape;
        this.usesAge = usesAge;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public Shape shape() {
        return shape;
    }

    /** Takes the {@code olderThanMonths} parameter. */
    public boolean usesAge() {
        return usesAge;
    }

    public String label() {
        return label;
    }

    public boolean onCases() {
        return shape != Shape.RECORD_COUNT;
    }

    /** The computation with this id, or null. */
    public static Computation byId(String id) {
        for (Computation c : values()) {
            if (c.id.equals(id)) return c;
        }
        return null;
    }
}
