package cn.scorecard.app.documents;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;

/**
 * The response headers of a download: the content type and a Content-Disposition with the Chinese file name
 * as an RFC 5987 {@code filename*} (UTF-8) and an ASCII {@code filename} for clients that do not read it.
 * Shared by every feature's downloads.
 */
public final class Downloads {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    private Downloads() {
    }

    public static void prepare(HttpServletResponse response, String contentType, String utf8Name, String asciiName) {
        response.setCharacterEncoding((String) null); // server.servlet.encoding.force would add ";charset=UTF-8"
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", contentDisposition(utf8Name, asciiName));
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }

    /** {@code attachment; filename="ascii.xlsx"; filename*=UTF-8''%E8%AF%84…}. */
    public static String contentDisposition(String utf8Name, String asciiName) {
        return "attachment; filename=\"" + ascii(asciiName) + "\"; filename*=UTF-8''" + rfc5987(utf8Name);
    }

    /** Percent-encodes everything but RFC 5987's attr-char. */
    public static String rfc5987(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** Keeps letters, digits, '-', '_' and '.'; anything else (Chinese, quotes, slashes) is dropped. */
    public static String ascii(String s) {
        String kept = s.replaceAll("[^A-Za-z0-9._-]", "");
        return kept.isEmpty() || kept.startsWith(".") ? "export" + kept : kept;
    }

    /** A court code for an ASCII file name: 江0102 → 0102, R41 → R41. */
    public static String codeAscii(String code) {
        String kept = code.replaceAll("[^A-Za-z0-9_-]", "");
        return kept.isEmpty() ? "court" : kept;
    }
}
