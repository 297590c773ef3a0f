package cn.scorecard.core.io.parquet;

import cn.scorecard.core.court.Court;
import cn.scorecard.core.court.Courts;
import cn.scorecard.core.data.FieldAction;
import cn.scorecard.core.data.Payment;
import cn.scorecard.core.data.ProvinceData;
import java.util.ArrayList;
import java.util.List;

/** The tables whose rows are a list of the province: courts, payments (执行款) and field actions (强制执行行动). */
final class RecordColumns {
    private RecordColumns() {
    }

    /** courts.parquet: 法院.csv as read (level as 高级/中级/基层), so that the other tables can be joined to names. */
    static List<Column> courts(Courts courts) {
        List<Court> all = courts.all();
        return List.of(
                Column.text("court", false, i -> all.get(i).code()),
                Column.text("name", false, i -> all.get(i).name()),
                Column.text("level", false, i -> all.get(i).level().label()),
                Column.text("parent", true, i -> all.get(i).hasParent() ? all.get(i).parentCode() : null),
                Column.bool("municipality", i -> all.get(i).municipality()),
                Column.bool("key_city", i -> all.get(i).keyCity()));
    }

    /** payments.parquet: arrived (具备发放条件), released (null while not), approved late release, amount. */
    static List<Column> payments(ProvinceData data) {
        List<Payment> p = data.payments();
        List<Column> cols = new ArrayList<>(new CaseRefs(data).columns(i -> p.get(i).caseRow()));
        cols.add(Column.timestamp("arrived", false, i -> p.get(i).arrivedMinute()));
        cols.add(Column.timestamp("released", true, i -> p.get(i).releasedMinute()));
        cols.add(Column.bool("late_approved", i -> p.get(i).lateApproved()));
        cols.add(Column.decimal("amount", true, i -> CaseRefs.amount(p.get(i).amountFen())));
        return cols;
    }

    /** field_actions.parquet: when, and whether a body camera was used and its footage archived. */
    static List<Column> fieldActions(ProvinceData data) {
        List<FieldAction> a = data.fieldActions();
        List<Column> cols = new ArrayList<>(new CaseRefs(data).columns(i -> a.get(i).caseRow()));
        cols.add(Column.timestamp("time", false, i -> a.get(i).minute()));
        cols.add(Column.bool("recorder_used", i -> a.get(i).recorderUsed()));
        cols.add(Column.bool("archived", i -> a.get(i).archived()));
        return cols;
    }
}
