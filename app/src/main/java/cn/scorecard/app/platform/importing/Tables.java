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
        };
    }

    static String label(Table t) {
        for (RecordType type : RecordType.values()) {
            if (of(type) == t) return type.label();
        }
        return switch (t) {
            case INCIDENT -> "考核事件";
            case QUOTA -> "结案指标";
            case VETO -> "一票否决";
            default -> "书记员季度考评";
        };
    }
}
