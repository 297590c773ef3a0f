package cn.scorecard.core.explain;

import java.util.List;

/** What one kind of indicator knows about a record; whether it met the indicator is the value's to say. */
interface Facts {
    List<String> header();

    /** @param inNumerator whether the value counted the record in its numerator (the truth the reason explains) */
    Reason explain(int record, boolean inNumerator);
}
