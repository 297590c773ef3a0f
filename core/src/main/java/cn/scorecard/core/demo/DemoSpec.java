package cn.scorecard.core.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * Parameters of a generated demo province. Everything else is derived from the seed, so the same spec
 * always produces the same data.
 *
 * @param seed random seed
 * @param intermediateCourts number of intermediate courts (中级人民法院) under the high court
 * @param basicCourts number of basic courts (基层人民法院), spread over the intermediate courts
 * @param cases total number of cases of all types (执, 执恢, 执保, 执异 …)
 * @param startYear first year in which cases are filed
 * @param endYear last year in which cases are filed
 * @param evaluationEnd the day the data is taken: later events are not recorded, cases closing later are open
 * @param evidenceCodes catalog codes of documentary indicators to write evidence (佐证材料) for
 * @param frequencyCodes those of {@code evidenceCodes} whose evidence carries a count (次数, 部门数 …)
 */
public record DemoSpec(long seed, int intermediateCourts, int basicCourts, int cases, int startYear, int endYear,
                       LocalDate evaluationEnd, List<String> evidenceCodes, List<String> frequencyCodes) {
    public static final int DEFAULT_INTERMEDIATE_COURTS = 3;
    public static final int DEFAULT_BASIC_COURTS = 12;
    public static final int DEFAULT_CASES = 60_000;
    public static final int DEFAULT_START_YEAR = 2024;
    public static final int DEFAULT_END_YEAR = 2025;

    public DemoSpec {
        if (intermediateCourts < 1) throw new IllegalArgumentException("至少需要1个中级法院");
        if (basicCourts < intermediateCourts) throw new IllegalArgumentException("每个中级法院至少需要1个基层法院");
        if (cases < 0) throw new IllegalArgumentException("案件数不能为负数");
        if (endYear < startYear) throw new IllegalArgumentException("结束年度早于开始年度");
        if (startYear < 2016 || endYear > 2026) {
            throw new IllegalArgumentException("内置工作日历仅覆盖2016–2026年");
        }
        if (evaluationEnd == null) evaluationEnd = LocalDate.of(endYear, 12, 31);
        if (evaluationEnd.getYear() < startYear) throw new IllegalArgumentException("评估截止日早于开始年度");
        evidenceCodes = evidenceCodes == null ? List.of() : List.copyOf(evidenceCodes);
        frequencyCodes = frequencyCodes == null ? List.of() : List.copyOf(frequencyCodes);
    }

    /** 3 intermediate and 12 basic courts, 60,000 cases filed in 2024–2025, evaluated at 2025-12-31. */
    public static DemoSpec defaults(long seed) {
        return new DemoSpec(seed, DEFAULT_INTERMEDIATE_COURTS, DEFAULT_BASIC_COURTS, DEFAULT_CASES,
                DEFAULT_START_YEAR, DEFAULT_END_YEAR, null, List.of(), List.of());
    }

    public DemoSpec withCases(int count) {
        return new DemoSpec(seed, intermediateCourts, basicCourts, count, startYear, endYear, evaluationEnd,
                evidenceCodes, frequencyCodes);
    }

    public DemoSpec withCourts(int intermediate, int basic) {
        return new DemoSpec(seed, intermediate, basic, cases, startYear, endYear, evaluationEnd, evidenceCodes,
                frequencyCodes);
    }

    /** Filing years; the evaluation end moves to the last day of {@code last}. */
    public DemoSpec withYears(int first, int last) {
        return new DemoSpec(seed, intermediateCourts, basicCourts, cases, first, last, LocalDate.of(last, 12, 31),
                evidenceCodes, frequencyCodes);
    }

    public DemoSpec withEvaluationEnd(LocalDate day) {
        return new DemoSpec(seed, intermediateCourts, basicCourts, cases, startYear, endYear, day, evidenceCodes,
                frequencyCodes);
    }

    public DemoSpec withEvidence(List<String> codes, List<String> frequency) {
        return new DemoSpec(seed, intermediateCourts, basicCourts, cases, startYear, endYear, evaluationEnd, codes,
                frequency);
    }

    /** The last day on which a case may be filed: the end of the last year or the evaluation end. */
    public LocalDate lastFilingDay() {
        LocalDate yearEnd = LocalDate.of(endYear, 12, 31);
        return evaluationEnd.isBefore(yearEnd) ? evaluationEnd : yearEnd;
    }

    public int yearCount() {
        return endYear - startYear + 1;
    }
}
