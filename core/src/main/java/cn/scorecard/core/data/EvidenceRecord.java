package cn.scorecard.core.data;

/**
 * An assessor's evidence for one indicator of one court and year.
 *
 * @param count for frequency indicators (次数, 部门数), null otherwise
 * @param partialScore 0–100 when the assessor gives a partial score (a reason is then required)
 */
public record EvidenceRecord(int court, int year, String indicatorCode, EvidenceStatus status, Integer count,
                             Double partialScore, String reason, String attachment) {
    public EvidenceRecord {
        if (partialScore != null && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("指标 " + indicatorCode + " 给出部分得分时必须写明理由");
        }
        if (partialScore != null && (partialScore < 0 || partialScore > 100)) {
            throw new IllegalArgumentException("指标 " + indicatorCode + " 的部分得分应在0到100之间");
        }
    }
}
