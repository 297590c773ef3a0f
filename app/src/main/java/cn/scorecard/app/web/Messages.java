package cn.scorecard.app.web;

import cn.scorecard.app.messages.Bundle;
import java.util.Locale;

/**
 * The user-facing text of Java code, from the same bundle the templates read as {@code #{key}}
 * (messages_zh_CN.properties): the application speaks Chinese only (the locale is fixed, see application.properties).
 * Arguments are written with {@link java.text.MessageFormat}'s {0}, {1} … and should be formatted already
 * ({@link Formats}). The modules web itself uses (security, audit, platform, documents) call {@link Bundle}.
 */
public final class Messages {
    /** The language of the application. */
    public static final Locale LOCALE = Bundle.LOCALE;

    private Messages() {
    }

    /** The text of a key, with its arguments filled in (no arguments: the text as written, like Spring's). */
    public static String text(String key, Object... args) {
        return Bundle.text(key, args);
    }
}
