package cn.scorecard.app.platform.importing;

import cn.scorecard.app.platform.store.Table;
import cn.scorecard.core.io.RecordType;

/** Which table a record type is written to, and the name a table goes by in reports (案件, 考核事件 …). */
final class Tables {
    private Tables() {
    }

    static Table of(RecordType type) {
        return switch (type) {
            case HOLIDAYS -> Table.HOLIDAY;
            case COURTS -> Table.COURT;
            case STAFF -> Table.STAFF;
            case CASES -> Table.CASE;
            case STEPS -> Table.STEP;
            case REVIEWS -> Table.REVIEW;
            case PETITIONS -> Table.PETITION;
            case MATTERS -> Table.MATTER;
            case COMPENSATIONS -> Table.COMPENSATION;
            case DISCIPLINES -> Table.DISCIPLINE;
            case EVIDENCE -> Table.EVIDENCE;
            case STATISTICS -> Table.STATISTIC;
            case INCIDENTS -> Table.INCIDENT;
            case QUOTAS -> Table.QUOTA;
            case VETOES -> Table.VETO;
            case CLERK_EVALUATIONS -> Table.CLERK_EVALUATION;
        };
    }

    static String label(Table t) {
        for (RecordType type : RecordType.values()) {
            if (of(type) == t) return type.label();
        }
        throw new IllegalArgumentException(t.name());
    }
}
