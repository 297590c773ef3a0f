package cn.scorecard.core.mapping;

import java.util.List;

/**
 * How one of our columns is filled from a source row: from a source column (several spellings allowed), the
 * join of several, or a constant; then optionally one part of the cell split by a separator, a default for an
 * empty cell, a value map, a date format. Order: cell → split → default → value map → date.
 *
 * @param target     our column, e.g. 立案日期
 * @param sources    the source columns, each with its spellings; one for a plain column, several for a join
 * @param separator  what a join puts between the parts (empty parts are left out)
 * @param split      the part to keep of a split cell, or null
 * @param constant   a fixed value for every row, or null
 * @param fallback   the value of an empty cell (or a missing source column), or null
 * @param valueMap   the value map's name, or null
 * @param dateFormats patterns the cell may be written in ({@code yyyyMMdd}, {@code yyyy.M.d H:mm}); written as
 *                   {@code 2024-03-01} or {@code 2024-03-01 09:30}; empty for no date conversion
 */
public record ColumnRule(String target, List<List<String>> sources, String separator, Split split, String constant,
                         String fallback, String valueMap, List<String> dateFormats) {
    public ColumnRule {
        sources = sources.stream().map(List::copyOf).toList();
        dateFormats = List.copyOf(dateFormats);
    }

    /** A plain column: from one source column under one of its spellings. */
    public static ColumnRule from(String target, String... aliases) {
        return new ColumnRule(target, List.of(List.of(aliases)), null, null, null, null, null, List.of());
    }

    public ColumnRule withMap(String map) {
        return new ColumnRule(target, sources, separator, split, constant, fallback, map, dateFormats);
    }

    /** Keep part {@code part} (from 1) of the cell split at {@code separator}; missing parts are empty. */
    public record Split(String separator, int part) {
    }
}
