package cn.scorecard.core.explain;

import java.util.List;

/** What one kind of indicator knows about a record; whether it met the indicator is the value's to say. */
interface Facts {
    List<String> header();

    /**
     * @param met whether the record met the indicator, read from the value: in its numerator (or, where the
     *            numerator counts the misses, out of it) — the truth the reason explains
     */
    Reason explain(int record, boolean met);
}
