package cn.scorecard.app.web;

import java.util.List;

/**
 * What a list's controls show (templates/lists.html): the search text, the sort, the page, the page size, the total
 * count and the columns one can sort by.
 */
public record ListState(String q, String sort, boolean desc, int page, int size, int total, List<ListColumn<?>> columns) {
    public int pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    /** Rows before this page (for a running number). */
    public int offset() {
        return (page - 1) * size;
    }

    public boolean sortable(String key) {
        return columns.stream().anyMatch(c -> c.key().equals(key) && c.sortable());
    }

    /** The value of the header's aria-sort: ascending, descending, or none. */
    public String ariaSort(String key) {
        return !key.equals(sort) ? "none" : desc ? "descending" : "ascending";
    }

    /** The {@code dir} a click on the header asks for: the other order on the sorted column, else ascending. */
    public String nextDir(String key) {
        return key.equals(sort) && !desc ? "desc" : "asc";
    }

    public int[] sizes() {
        return ListQuery.SIZES;
    }
}
