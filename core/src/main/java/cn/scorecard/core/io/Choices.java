package cn.scorecard.core.io;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The values of an enumerated column (层级, 结案方式, 节点 …) with their error message. The domain
 * parsers loop over {@code values()} and throw on unknown text; caching each accepted text keeps a
 * million-row column at one hash lookup per cell, and unknown text is only seen on the error path.
 */
final class Choices<E> {
    private static final int MAX_CACHED = 1_000;

    private final Function<String, E> parser;
    private final String unknownReason;
    private final Map<String, E> cache = new HashMap<>();

    Choices(Function<String, E> parser, String unknownReason) {
        this.parser = parser;
        this.unknownReason = unknownReason;
    }

    /** The value of a non-empty text, or null when it is unknown. */
    E get(String text) {
        E value = cache.get(text);
        if (value != null) return value;
        try {
            value = parser.apply(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (value != null && cache.size() < MAX_CACHED) cache.put(text, value);
        return value;
    }

    String unknownReason() {
        return unknownReason;
    }
}
