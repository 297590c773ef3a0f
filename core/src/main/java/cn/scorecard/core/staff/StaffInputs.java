package cn.scorecard.core.staff;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The assessment group's own records for the staff assessment (read by {@code cn.scorecard.core.io.DataDirectoryReader#readStaffInputs} or from the database); staff are
 * indexes into {@code ProvinceData.staff()}.
 */
public record StaffInputs(List<Incident> incidents, List<ClosureQuota> quotas, List<VetoRecord> vetoes,
                          List<ClerkEvaluation> clerkEvaluations) {
    public StaffInputs {
        incidents = List.copyOf(incidents);
        quotas = List.copyOf(quotas);
        vetoes = List.copyOf(vetoes);
        clerkEvaluations = List.copyOf(clerkEvaluations);
    }

    public static StaffInputs empty() {
        return new StaffInputs(List.of(), List.of(), List.of(), List.of());
    }

    /**
     * 考核事件: an occurrence of a deduction kind.
     *
     * @param kindCode the deduction kind's code in the rule set
     * @param caseNumber 案号, null when the incident concerns no case
     * @param count 件数 (≥ 1)
     */
    public record Incident(String id, int staff, LocalDate day, String kindCode, String caseNumber, int count,
                           String note, String recorder) {
    }

    /** 结案指标 of a person; month null = the standing monthly quota, pro-rated in a partly worked month. */
    public record ClosureQuota(int staff, YearMonth month, int quota) {
    }

    /** 一票否决 recorded by the assessment group. */
    public record VetoRecord(String id, int staff, LocalDate day, String conditionCode, String note) {
    }

    /** 书记员季度考评: points by part code of the rule set's quarterly evaluation. */
    public record ClerkEvaluation(int staff, int year, int quarter, Map<String, Double> parts) {
        public ClerkEvaluation {
            parts = Map.copyOf(parts);
        }

        public double total() {
            double sum = 0;
            for (double v : parts.values()) sum += v;
            return Points.round(sum);
        }
    }
}
