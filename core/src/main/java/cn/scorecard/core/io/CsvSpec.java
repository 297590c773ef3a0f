package cn.scorecard.core.io;

import java.util.Arrays;

/**
 * The columns of one file of the interchange format, in the order the writer uses. A name ending in
 * {@code *} marks a required column (the star is not part of the header); {@code :N} after it limits the
 * cell to N characters, the size of the database column it is stored in, so that an over-long cell is
 * reported with its row while reading instead of failing the database write. Readers address cells by the
 * position of the column here, so a row never needs a map lookup.
 */
final class CsvSpec {
    private final String file;
    private final String[] columns;
    private final boolean[] required;
    private final int[] maxLength;

    CsvSpec(String file, String... columns) {
        this.file = file;
        this.columns = new String[columns.length];
        this.required = new boolean[columns.length];
        this.maxLength = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            String c = columns[i];
            int colon = c.lastIndexOf(':');
            if (colon > 0) {
                maxLength[i] = Integer.parseInt(c.substring(colon + 1));
                c = c.substring(0, colon);
            }
            required[i] = c.endsWith("*");
            this.columns[i] = required[i] ? c.substring(0, c.length() - 1) : c;
        }
    }

    /** This spec with more columns (书记员季度考评's parts come from the rule set). */
    CsvSpec plus(String... more) {
        String[] all = Arrays.copyOf(spelled(), columns.length + more.length);
        System.arraycopy(more, 0, all, columns.length, more.length);
        return new CsvSpec(file, all);
    }

    private String[] spelled() {
        String[] out = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            out[i] = columns[i] + (required[i] ? "*" : "") + (maxLength[i] > 0 ? ":" + maxLength[i] : "");
        }
        return out;
    }

    String file() {
        return file;
    }

    int size() {
        return columns.length;
    }

    String column(int i) {
        return columns[i];
    }

    boolean required(int i) {
        return required[i];
    }

    /** The most characters a cell of the column may hold; 0 when the column's parser bounds it. */
    int maxLength(int i) {
        return maxLength[i];
    }

    /** Position of a header name, or -1. */
    int indexOf(String header) {
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].equals(header)) return i;
        }
        return -1;
    }

    /** The header row exactly as written. */
    String[] headers() {
        return columns.clone();
    }
}
