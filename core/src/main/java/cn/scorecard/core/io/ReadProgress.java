package cn.scorecard.core.io;

/** Told now and then how many rows of an import have been read and checked so far (all tables together). */
@FunctionalInterface
public interface ReadProgress {
    ReadProgress NONE = rows -> { };

    void rowsRead(long rows);
}
