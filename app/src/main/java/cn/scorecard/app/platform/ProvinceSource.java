package cn.scorecard.app.platform;

import cn.scorecard.core.data.ProvinceData;

/**
 * The enforcement data the application evaluates: read from the database, cached, and replaced after an
 * import. {@link #version()} changes whenever the data does, so results computed from it can be cached.
 */
public interface ProvinceSource {
    ProvinceData current();

    long version();

    /** A short fingerprint of the data (stored with every result run). */
    String fingerprint();

    /** Forget the cached data after a change made outside an import (evidence entered in the web). */
    default void invalidate() {
    }
}
