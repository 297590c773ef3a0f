package cn.scorecard.app.platform.store;

/** Hears how far a read of the province has come: the share done (0–1) and the step, a message key with its arguments. */
@FunctionalInterface
public interface LoadListener {
    LoadListener NONE = (share, key, args) -> {
    };

    void progress(double share, String key, Object... args);
}
