package cn.scorecard.core.io;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.data.FieldAction;
import cn.scorecard.core.data.Payment;
import cn.scorecard.core.data.ProvinceData;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The built cases of a province: the case table with its steps, the payments and field actions (rows are table
 * rows) and the numeric case keys through which the other records find their cases. What a snapshot holds
 * ({@link ProvinceSnapshot}); handed to a {@link ProvinceAssembler} ({@link ProvinceAssembler#prebuilt(BuiltCases)}) so
 * that the other records are read without building the cases again.
 */
public final class BuiltCases {
    final CaseTable table;
    final List<Payment> payments;
    final List<FieldAction> actions;
    final CaseKeys keys;
    private final String label;

    BuiltCases(CaseTable table, List<Payment> payments, List<FieldAction> actions, CaseKeys keys, String label) {
        this.table = table;
        this.payments = payments;
        this.actions = actions;
        this.keys = keys;
        this.label = label;
    }

    /**
     * The cases of a built province with their keys; null when a 案号 has no numeric key (the cases can then only be
     * read again from their source). The label is stored with a snapshot and given back on reading (e.g. a fingerprint
     * of the rows the cases were built from).
     */
    public static BuiltCases of(ProvinceData data, String label) {
        CaseTable t = data.cases();
        CaseKeys keys = new CaseKeys();
        CaseKeys.Cursor cursor = new CaseKeys.Cursor();
        for (int r = 0; r < t.size(); r++) {
            byte[] b = t.number(r).getBytes(StandardCharsets.UTF_8);
            long key = keys.key(t.court(r), b, 0, b.length, true, cursor);
            if (key == CaseKeys.NO_KEY || !keys.put(key, r * 2 + (t.isTermination(r) ? 1 : 0))) return null;
        }
        return new BuiltCases(t, data.payments(), data.fieldActions(), keys, label);
    }

    public CaseTable table() {
        return table;
    }

    public String label() {
        return label;
    }
}
