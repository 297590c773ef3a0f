package cn.scorecard.app.upload;

import cn.scorecard.app.web.Messages;
import cn.scorecard.core.io.TableInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the mapping screen knows of a foreign table: where its header is (the first of its first rows about as
 * wide as the widest: title rows have a cell or two), the header, a few sample values per column and the distinct
 * values of each column (bounded) for the value pickers. Totals and footer rows are left out like the profile
 * made from the screen leaves them out.
 */
record SourceScan(TableInput table, long headerRow, List<String> headers, List<List<String>> samples,
                  List<Set<String>> distinct) {
    static final List<String> SKIPPED = List.of("合计", "总计", "制表"); // data: first words of foreign footer rows
    private static final int HEADER_SEARCH = 20;
    private static final int SAMPLES = 3;
    private static final int DISTINCT = 60;
    private static final int SCANNED = 50_000;

    static SourceScan of(TableInput table) {
        List<String[]> head = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        try {
            table.rows((number, cells) -> {
                head.add(cells.clone());
                numbers.add(number);
                return head.size() < HEADER_SEARCH;
            });
        } catch (IOException | RuntimeException e) {
            return new SourceScan(table, 0, List.of(), List.of(), List.of());
        }
        int widest = 0;
        for (String[] r : head) widest = Math.max(widest, filled(r));
        int at = -1;
        for (int i = 0; i < head.size() && at < 0; i++) {
            if (filled(head.get(i)) >= Math.max(2, (int) Math.ceil(widest * 0.6))) at = i;
        }
        if (at < 0) return new SourceScan(table, 0, List.of(), List.of(), List.of());
        long headerRow = numbers.get(at);
        List<String> headers = new ArrayList<>();
        for (String h : head.get(at)) headers.add(h == null ? "" : h.strip());
        List<List<String>> samples = new ArrayList<>();
        List<Set<String>> distinct = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            samples.add(new ArrayList<>());
            distinct.add(new LinkedHashSet<>());
        }
        long[] seen = {0};
        try {
            table.rows((number, cells) -> {
                if (number <= headerRow || skipped(cells)) return true;
                for (int i = 0; i < headers.size() && i < cells.length; i++) {
                    String v = cells[i] == null ? "" : cells[i].strip();
                    if (v.isEmpty()) continue;
                    if (samples.get(i).size() < SAMPLES && !samples.get(i).contains(v)) samples.get(i).add(v);
                    if (distinct.get(i).size() < DISTINCT) distinct.get(i).add(v);
                }
                return ++seen[0] < SCANNED;
            });
        } catch (IOException | RuntimeException e) {
            // the validation report says what cannot be read
        }
        return new SourceScan(table, headerRow, headers, samples, distinct);
    }

    private static boolean skipped(String[] cells) {
        for (String c : cells) {
            if (c == null || c.isBlank()) continue;
            String t = c.strip();
            return SKIPPED.stream().anyMatch(t::startsWith);
        }
        return true; // a blank row
    }

    private static int filled(String[] r) {
        int n = 0;
        for (String c : r) {
            if (c != null && !c.isBlank()) n++;
        }
        return n;
    }

    String where() {
        return table.sheet() == null ? table.file() : Messages.text("import.where.sheet", table.file(), table.sheet());
    }
}
