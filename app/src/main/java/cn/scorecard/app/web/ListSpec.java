package cn.scorecard.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * How a list page searches, sorts and pages its rows (one per page kind, next to its controller): the columns (the
 * sortable ones and what the export writes), the text a search matches, and the order without a {@code sort}.
 * Every list of the application goes through here and through templates/lists.html, so search, sort, page size,
 * total count and export look and behave the same everywhere.
 */
public record ListSpec<T>(List<ListColumn<T>> columns, Function<T, String> searchText, String defaultSort,
                          boolean defaultDesc, int defaultSize) {

    public static <T> ListSpec<T> of(List<ListColumn<T>> columns, Function<T, String> searchText, String defaultSort,
                                     boolean defaultDesc) {
        return new ListSpec<>(columns, searchText, defaultSort, defaultDesc, 50);
    }

    public Listing<T> apply(List<T> rows, ListQuery query) {
        String q = query.text();
        List<T> matching = new ArrayList<>();
        String needle = q == null ? null : q.toLowerCase(Locale.ROOT);
        for (T r : rows) {
            if (needle == null || String.valueOf(searchText.apply(r)).toLowerCase(Locale.ROOT).contains(needle)) matching.add(r);
        }
        String sort = query.sort() != null && column(query.sort()) != null ? query.sort() : defaultSort;
        boolean desc = query.sort() != null && column(query.sort()) != null ? "desc".equals(query.dir()) : defaultDesc;
        ListColumn<T> by = sort == null ? null : column(sort);
        if (by != null) matching.sort(by.order(desc));
        int size = query.size() == null ? defaultSize : query.size();
        int pages = Math.max(1, (matching.size() + size - 1) / size);
        int page = Math.min(query.page() == null ? 1 : query.page(), pages);
        List<T> shown = matching.subList((page - 1) * size, Math.min(matching.size(), page * size));
        return new Listing<>(matching, List.copyOf(shown), state(q, sort, desc, page, size, matching.size()), columns);
    }

    /** The controls' state for a list paged elsewhere (the records behind a value, streamed from the data). */
    public ListState state(String q, String sort, boolean desc, int page, int size, int total) {
        return new ListState(q, sort, desc, page, size, total, List.copyOf(columns));
    }

    ListColumn<T> column(String key) {
        for (ListColumn<T> c : columns) {
            if (c.key().equals(key) && c.sortable()) return c;
        }
        return null;
    }
}
