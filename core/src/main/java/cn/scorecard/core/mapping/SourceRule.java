package cn.scorecard.core.mapping;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which source files or sheets a part of a profile reads, where their header is, which rows are not data and
 * which record types each row feeds (one wide case sheet may feed 案件 and 流程节点).
 *
 * @param file        glob over the file name ({@code *} any text, {@code ?} one character), case-insensitive
 * @param sheet       glob over the sheet name, null for any sheet (and for CSV files)
 * @param headerRow   the header's row as a spreadsheet shows it; 0 = the first row holding the profile's headers
 * @param skipPrefixes rows whose first non-empty cell starts with one of these are skipped (合计, 制表人 …)
 * @param records     what each row becomes
 */
public record SourceRule(String file, String sheet, int headerRow, List<String> skipPrefixes,
                         List<RecordRule> records) {
    /** How far down an automatic search for the header looks: title rows are a handful, not hundreds. */
    static final int HEADER_SEARCH_ROWS = 30;

    public SourceRule {
        skipPrefixes = List.copyOf(skipPrefixes);
        records = List.copyOf(records);
    }

    public boolean matches(String fileName, String sheetName) {
        if (!glob(file).matcher(fileName).matches()) return false;
        return sheet == null || sheetName != null && glob(sheet).matcher(sheetName).matches();
    }

    static Pattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*') re.append(".*");
            else if (c == '?') re.append('.');
            else re.append(Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Whether a row is a title, totals or footer row by its first non-empty cell. */
    boolean skips(String[] cells) {
        for (String c : cells) {
            if (c == null || c.isBlank()) continue;
            String t = c.strip();
            for (String p : skipPrefixes) {
                if (t.startsWith(p)) return true;
            }
            return false;
        }
        return false;
    }

    static String normalize(String header) {
        return header == null ? "" : header.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
