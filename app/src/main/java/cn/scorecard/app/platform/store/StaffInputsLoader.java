package cn.scorecard.app.platform.store;

import cn.scorecard.app.messages.Bundle;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.staff.StaffInputs;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The staff-assessment inputs of the database, staff references as indexes of the snapshot's roster. */
final class StaffInputsLoader {
    private final List<StaffMember> staff;
    private final Map<String, Integer> index = new HashMap<>();
    private final Fingerprint fp;

    StaffInputsLoader(List<StaffMember> staff, Fingerprint fp) {
        this.staff = staff;
        this.fp = fp;
        for (int i = 0; i < staff.size(); i++) index.put(staff.get(i).id(), i);
    }

    StaffInputs load(Connection c) throws SQLException {
        List<StaffInputs.Incident> incidents = new ArrayList<>();
        ProvinceLoader.read(c, Table.INCIDENT, rs -> incidents.add(fp.add(new StaffInputs.Incident(rs.getString(1),
                person(rs.getString(2)), Cells.localDate(rs, 3), rs.getString(4), rs.getString(5), rs.getInt(6),
                rs.getString(7), rs.getString(8)))));
        List<StaffInputs.ClosureQuota> quotas = new ArrayList<>();
        ProvinceLoader.read(c, Table.QUOTA, rs -> {
            String month = rs.getString(2);
            quotas.add(fp.add(new StaffInputs.ClosureQuota(person(rs.getString(1)),
                    month.isEmpty() ? null : YearMonth.parse(month), rs.getInt(3))));
        });
        List<StaffInputs.VetoRecord> vetoes = new ArrayList<>();
        ProvinceLoader.read(c, Table.VETO, rs -> vetoes.add(fp.add(new StaffInputs.VetoRecord(rs.getString(4),
                person(rs.getString(1)), Cells.localDate(rs, 2), rs.getString(3), rs.getString(5)))));
        List<StaffInputs.ClerkEvaluation> evaluations = new ArrayList<>();
        ProvinceLoader.read(c, Table.CLERK_EVALUATION, rs -> {
            // the record's map prints in a per-JVM order: fingerprint the stored (sorted) text instead
            fp.add(rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getInt(3) + "|" + rs.getString(4));
            evaluations.add(new StaffInputs.ClerkEvaluation(person(rs.getString(1)), rs.getInt(2), rs.getInt(3),
                    parts(rs.getString(4))));
        });
        return new StaffInputs(incidents, quotas, vetoes, evaluations);
    }

    private int person(String id) {
        Integer i = index.get(id);
        if (i == null) throw new IllegalStateException(Bundle.text("store.error.unknownStaff", id));
        return i;
    }

    static Map<String, Double> parts(String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (text.isEmpty()) return out;
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            out.put(part.substring(0, eq), Double.parseDouble(part.substring(eq + 1)));
        }
        return out;
    }
}
