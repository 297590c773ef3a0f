package cn.scorecard.core.io;

import cn.scorecard.core.cases.CaseCategory;
import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.data.EvidenceStatus;
import cn.scorecard.core.data.MatterType;
import cn.scorecard.core.data.PetitionSource;
import cn.scorecard.core.data.StaffRole;
import cn.scorecard.core.data.StatisticItem;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * Validated rows of the interchange format as the readers hand them to a {@link RecordSink}: typed values,
 * references by natural key (法院代码, 人员编号, 案号 in canonical form), days and minutes since the epoch
 * ({@link cn.scorecard.core.cases.Times#NONE} when empty), amounts in fen (-1 when empty). Courts travel as
 * {@link cn.scorecard.core.court.Court}.
 */
public final class Rows {
    private Rows() {
    }

    /** 人员.csv; court = 法院代码. */
    public record Staff(String id, String name, String court, StaffRole role, String team, LocalDate birthDate,
                        boolean politicalEstablishment, boolean enforcementBureau, LocalDate joined, LocalDate left) {
    }

    /** 案件.csv; judge, assistant and clerk are 人员编号 or null. */
    public record Case(String court, String number, CaseType type, int filedDay, int closedDay, ClosingMethod method,
                       CaseCategory category, long appliedFen, long deliveredFen, String judge, String assistant,
                       String clerk, boolean whereaboutsUnknown, boolean dishonestNotApplicable,
                       boolean outsideSystem) {
    }

    /**
     * 流程节点.csv as written: kind is the 节点 text, end the 结束时间 (minute; a bare date is 00:00), mark the
     * 标志. How a row acts on its case (earliest time, flags, intervals) is {@link StepEffects}' business.
     */
    public record Step(String court, String number, String kind, int minute, int endMinute, String mark,
                       long amountFen, String note) {
    }

    public record Petition(String id, String court, int registeredDay, PetitionSource source, String caseNumber,
                           boolean toBeijing, int concludedDay, boolean resolved, boolean causedByMisconduct,
                           String staff) {
    }

    public record Matter(String id, String court, MatterType type, int receivedDay, int deadlineDay, int doneDay,
                         String caseNumber, String staff) {
    }

    public record Compensation(String court, String caseNumber, int decidedDay, boolean causedByEnforcement,
                               String staff) {
    }

    public record Discipline(String court, String staff, int day, String kind, boolean causedByEnforcement) {
    }

    public record Evidence(String court, int year, String indicatorCode, EvidenceStatus status, Integer count,
                           Double partialScore, String reason, String attachment) {
    }

    public record Statistic(String court, int year, StatisticItem item, double value, String source) {
    }

    /** 终本复核 of the case court + number. */
    public record Review(String court, String number, boolean compliant, String reason, String assessor) {
    }

    /** 节假日.csv: off = a day off, otherwise a make-up working day. */
    public record Holiday(LocalDate day, boolean off, String name) {
    }

    /**
     * 考核事件.csv: staff = 人员编号, kindCode = the deduction kind's code in the rule set, count = 件数 (≥ 1),
     * note and recorder "" when empty.
     */
    public record Incident(String id, String staff, LocalDate day, String kindCode, String caseNumber, int count,
                           String note, String recorder) {
    }

    /** 结案指标.csv; month null = the person's standing monthly quota. */
    public record Quota(String staff, YearMonth month, int quota) {
    }

    /** 一票否决.csv; id = the file and row it came from. */
    public record Veto(String id, String staff, LocalDate day, String conditionCode, String note) {
    }

    /** 书记员季度考评.csv: points by part code of the rule set. */
    public record ClerkEvaluation(String staff, int year, int quarter, Map<String, Double> parts) {
        public ClerkEvaluation {
            parts = Map.copyOf(parts);
        }
    }
}
