package cn.scorecard.app.platform.store;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What a JDBC URL says about an embedded H2 file database: whether it is one, and where its file is. Several
 * processes share such a database (serve, import, evaluate) through H2's AUTO_SERVER mode, which the default
 * URL sets: the first to open the file serves it to the others over a local socket.
 */
public final class H2Files {
    private H2Files() {
    }

    /** jdbc:h2:file:… or jdbc:h2:./… / jdbc:h2:/… / jdbc:h2:~/… (not mem:, tcp:, ssl:, zip:). */
    public static boolean isFile(String url) {
        if (!url.startsWith("jdbc:h2:")) return false;
        String rest = url.substring("jdbc:h2:".length()).toLowerCase(Locale.ROOT);
        if (rest.startsWith("file:")) return true;
        return !(rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:") || rest.startsWith("zip:")
                || rest.startsWith("split:") || rest.startsWith("nio"));
    }

    /** The database's base path without H2's extension (./data/scorecard for jdbc:h2:file:./data/scorecard;…). */
    public static Path base(String url) {
        String rest = url.substring("jdbc:h2:".length());
        if (rest.regionMatches(true, 0, "file:", 0, 5)) rest = rest.substring(5);
        int semicolon = rest.indexOf(';');
        String path = semicolon < 0 ? rest : rest.substring(0, semicolon);
        if (path.startsWith("~")) path = System.getProperty("user.home") + path.substring(1);
        return Path.of(path);
    }
}
