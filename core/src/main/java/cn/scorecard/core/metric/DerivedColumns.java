package cn.scorecard.core.metric;

import cn.scorecard.core.data.EvidenceRecord;
import cn.scorecard.core.data.Payment;
import cn.scorecard.core.data.ProvinceData;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Values derived once per data set: payments by case, record indexes by court. Every evaluation of the same data (each
 * period, year to month, the server's and the planner's) shares them: {@link #of} keeps the last data set's.
 */
final class DerivedColumns {
    private static volatile Kept last;
    /**
     * Per case row, where the indexes of its payments in the data's list begin in {@link #paymentIndex} (rows + 1
     * entries; the payments themselves are read from the list, which a what-if changes).
     */
    private final int[] paymentStart;
    private final int[] paymentIndex;
    private final long[] paymentTotal;
    private final int[][] petitionsByCourt;
    private final int[][] mattersByCourt;
    private final int[][] paymentsByCourt;
    private final int[][] fieldActionsByCourt;
    private final Map<String, EvidenceRecord> evidence = new HashMap<>();

    private record Kept(WeakReference<ProvinceData> data, DerivedColumns derived) {
    }

    /** The derived values of this very data set (by identity: a changed copy is another data set). */
    static DerivedColumns of(ProvinceData data) {
        Kept k = last;
        if (k != null && k.data().get() == data) return k.derived();
        DerivedColumns made = new DerivedColumns(data);
        last = new Kept(new WeakReference<>(data), made);
        return made;
    }

    DerivedColumns(ProvinceData data) {
        int rows = data.cases().size();
        paymentTotal = new long[rows];
        List<Payment> payments = data.payments();
        paymentStart = new int[rows + 1];
        for (Payment p : payments) {
            paymentStart[p.caseRow() + 1]++;
            paymentTotal[p.caseRow()] += p.amountFen();
        }
        for (int r = 0; r < rows; r++) paymentStart[r + 1] += paymentStart[r];
        paymentIndex = new int[payments.size()];
        int[] fill = java.util.Arrays.copyOf(paymentStart, rows);
        for (int i = 0; i < payments.size(); i++) paymentIndex[fill[payments.get(i).caseRow()]++] = i; // in list order
        int courts = data.courts().size();
        petitionsByCourt = byCourt(data.petitions(), courts, p -> p.court());
        mattersByCourt = byCourt(data.matters(), courts, m -> m.court());
        int[] paymentCourt = new int[payments.size()]; // one search of the court's rows per payment, not two
        for (int i = 0; i < paymentCourt.length; i++) paymentCourt[i] = data.cases().court(payments.get(i).caseRow());
        paymentsByCourt = byIndex(paymentCourt, courts);
        fieldActionsByCourt = byCourt(data.fieldActions(), courts, f -> data.cases().court(f.caseRow()));
        // every leaf of every court asks for its evidence: one map instead of a scan of the whole list each time
        for (EvidenceRecord e : data.evidence()) evidence.put(evidenceKey(e.court(), e.year(), e.indicatorCode()), e);
    }

    private static String evidenceKey(int court, int year, String code) {
        return court + "|" + year + "|" + code;
    }

    /** The evidence for an indicator of a court and year (the last record when several), or null. */
    EvidenceRecord evidence(int court, int year, String code) {
        return evidence.get(evidenceKey(court, year, code));
    }

    private static <T> int[][] byCourt(List<T> records, int courts, ToIntFunction<T> courtOf) {
        int[] counts = new int[courts];
        for (T r : records) counts[courtOf.applyAsInt(r)]++;
        int[][] out = new int[courts][];
        for (int c = 0; c < courts; c++) out[c] = new int[counts[c]];
        int[] fill = new int[courts];
        for (int i = 0; i < records.size(); i++) {
            int c = courtOf.applyAsInt(records.get(i));
            out[c][fill[c]++] = i;
        }
        return out;
    }

    private static int[][] byIndex(int[] courtOf, int courts) {
        int[] counts = new int[courts];
        for (int c : courtOf) counts[c]++;
        int[][] out = new int[courts][];
        for (int c = 0; c < courts; c++) out[c] = new int[counts[c]];
        int[] fill = new int[courts];
        for (int i = 0; i < courtOf.length; i++) out[courtOf[i]][fill[courtOf[i]]++] = i;
        return out;
    }

    /** The case's payments as the given list holds them now (same records in the same places as the data set's). */
    List<Payment> paymentsOf(int row, List<Payment> payments) {
        int from = paymentStart[row];
        int to = paymentStart[row + 1];
        if (from == to) return List.of();
        if (to - from == 1) return List.of(payments.get(paymentIndex[from]));
        List<Payment> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) out.add(payments.get(paymentIndex[i]));
        return out;
    }

    long paymentTotal(int row) {
        return paymentTotal[row];
    }

    int[] petitions(int court) {
        return petitionsByCourt[court];
    }

    int[] matters(int court) {
        return mattersByCourt[court];
    }

    int[] payments(int court) {
        return paymentsByCourt[court];
    }

    int[] fieldActions(int court) {
        return fieldActionsByCourt[court];
    }
}
