package cn.scorecard.core.io;

/**
 * The columns of one file of the interchange format, in the order the writer uses. A name ending in
 * {@code *} marks a required column (the star is not part of the header). Readers address cells by the
 * position of the column here, so a row never needs a map lookup.
 */
final class CsvSpec {
    private final String file;
    private final String[] columns;
    private final boolean[] required;

    CsvSpec(String file, String... columns) {
        this.file = file;
        this.columns = new String[columns.length];
        this.required = new boolean[columns.length];
        for (int i = 0; i < columns.length; i++) {
            required[i] = columns[i].endsWith("*");
            this.columns[i] = required[i] ? columns[i].substring(0, columns[i].length() - 1) : columns[i];
        }
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
