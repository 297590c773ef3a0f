package cn.scorecard.core.explain;

import java.util.List;

/**
 * Explains the records of one indicator's value for one court, one record at a time: lists show a page, so only
 * the records shown are explained, and the evaluation itself never computes a reason.
 */
public interface RecordExplainer {
    /** The reason's columns, the same for every record of the indicator. */
    List<String> header();

    /** The reason of a record counted in the value (a case row, or an index into the records of its kind). */
    Reason explain(int record);
}
