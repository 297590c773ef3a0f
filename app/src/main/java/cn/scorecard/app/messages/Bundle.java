package cn.scorecard.app.messages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The bundle the templates read as {@code #{key}} (messages_zh_CN.properties): the application speaks Chinese only
 * (the locale is fixed, see application.properties). Arguments are written with {@link MessageFormat}'s {0}, {1} …
 * and should be formatted already (web.Formats; a number passed as such would get digit grouping).
 */
public final class Bundle {
    /** The language of the application. */
    public static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages", LOCALE,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Bundle() {
    }

    /** The text of a key, with its arguments filled in (no arguments: the text as written, like Spring's). */
    public static String text(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, LOCALE).format(args);
    }
}
