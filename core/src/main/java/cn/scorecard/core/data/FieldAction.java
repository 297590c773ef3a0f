package cn.scorecard.core.data;

/** 强制执行行动 (强制腾空、搜查 …) and whether a body camera (执法记录仪) was used and its footage archived. */
public record FieldAction(int caseRow, int minute, boolean recorderUsed, boolean archived) {
}
