package cn.scorecard.core.io;

/**
 * Thrown by the fast reader when a file is anything but plain and sound — a quote, a spelling the strict reader
 * also accepts, a bad value: the strict reader then reads the directory again and reports exactly. Without a
 * stack trace: it is control flow, and cheap.
 */
final class FastBail extends RuntimeException {
    FastBail(String why) {
        super(why, null, false, false);
    }
}
