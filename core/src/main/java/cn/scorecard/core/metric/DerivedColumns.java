package cn.scorecard.core.metric;

import cn.scorecard.core.data.EvidenceRecord;
import cn.scorecard.core.data.Payment;
import cn.scorecard.core.data.ProvinceData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/** Values derived once per data set: payments by case, record indexes by court. */
final class DerivedColumns {
    /** Per case row, the indexes of its payments in the data's list (read from the list itself, which a what-if changes). */
    private final Map<Integer, int[]> paymentsByCase = new HashMap<>();
    private final long[] paymentTotal;
    private final int[][] petitionsByCourt;
    private final int[][] mattersByCourt;
    private final int[][] paymentsByCourt;
    private final int[][] fieldActionsByCourt;
    private final Map<String, EvidenceRecord> evidence = new HashMap<>();

    DerivedColumns(ProvinceData data) {
        paymentTotal = new long[data.cases().size()];
        List<Payment> payments = data.payments();
        for (int i = 0; i < payments.size(); i++) {
            Payment p = payments.get(i);
            int[] had = paymentsByCase.get(p.caseRow());
            int[] now = had == null ? new int[1] : java.util.Arrays.copyOf(had, had.length + 1);
            now[now.length - 1] = i;
            paymentsByCase.put(p.caseRow(), now);
            paymentTotal[p.caseRow()] += p.amountFen();
        }
        int courts = data.courts().size();
        petitionsByCourt = byCourt(data.petitions(), courts, p -> p.court());
        mattersByCourt = byCourt(data.matters(), courts, m -> m.court());
        paymentsByCourt = byCourt(data.payments(), courts, p -> data.cases().court(p.caseRow()));
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

    /** The case's payments as the given list holds them now (same records in the same places as the data set's). */
    List<Payment> paymentsOf(int row, List<Payment> payments) {
        int[] idx = paymentsByCase.get(row);
        if (idx == null) return List.of();
        if (idx.length == 1) return List.of(payments.get(idx[0]));
        List<Payment> out = new ArrayList<>(idx.length);
        for (int i : idx) out.add(payments.get(i));
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
