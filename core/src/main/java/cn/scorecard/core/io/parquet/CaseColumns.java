package cn.scorecard.core.io.parquet;

import cn.scorecard.core.cases.CaseCategory;
import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.data.StaffMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;

/**
 * cases.parquet: one row per case in the case table's order (by court, then type and closing day). Labels are the
 * interchange format's words (案件类型 as its code 执/执恢 … and its name, 结案方式, 案件类别); amounts DECIMAL(18, 2)
 * yuan; the two deadlines as derived under the bundled periods; a boolean column per {@link CaseFlag}; staff as
 * 人员编号.
 */
final class CaseColumns {
    private CaseColumns() {
    }

    static List<Column> of(ProvinceData data) {
        CaseTable t = data.cases();
        List<Column> cols = new ArrayList<>(new CaseRefs(data).columns(r -> r));
        cols.add(Column.text("case_type", false, r -> t.type(r).code()));
        cols.add(Column.text("case_type_name", false, r -> t.type(r).label()));
        cols.add(Column.date("filed", false, t::filed));
        cols.add(Column.date("closed", true, t::closed));
        cols.add(Column.text("closing_method", true, r -> {
            ClosingMethod m = t.method(r);
            return m == null ? null : m.label();
        }));
        cols.add(Column.text("category", true, r -> {
            CaseCategory c = t.category(r);
            return c == null ? null : c.label();
        }));
        cols.add(Column.decimal("applied", true, r -> CaseRefs.amount(t.applied(r))));
        cols.add(Column.decimal("delivered", true, r -> CaseRefs.amount(t.delivered(r))));
        cols.add(Column.date("statutory_deadline", false, t::statutoryDeadline));
        cols.add(Column.date("absolute_deadline", false, t::absoluteDeadline));
        cols.add(Column.int32("deducted_days", false, t::deductedDays));
        cols.add(Column.int32("extended_days", false, t::extendedDays));
        for (CaseFlag f : CaseFlag.values()) {
            cols.add(Column.bool(f.name().toLowerCase(Locale.ROOT), r -> t.has(r, f)));
        }
        List<StaffMember> staff = data.staff();
        cols.add(staffColumn("judge", staff, t::judge));
        cols.add(staffColumn("assistant", staff, t::assistant));
        cols.add(staffColumn("clerk", staff, t::clerk));
        return cols;
    }

    private static Column staffColumn(String name, List<StaffMember> staff, IntUnaryOperator index) {
        return Column.text(name, true, r -> {
            int i = index.applyAsInt(r);
            return i < 0 ? null : staff.get(i).id();
        });
    }
}
