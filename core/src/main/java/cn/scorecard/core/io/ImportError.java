package cn.scorecard.core.io;

import java.io.Serializable;

/**
 * One problem found while importing a data directory (or workbook).
 *
 * @param file   the file name, e.g. {@code 案件.csv}
 * @param sheet  the sheet of a workbook; null for CSV files
 * @param row    the row as a spreadsheet shows it (the header is row 1); 0 when the whole file is concerned
 * @param column the column header, or null when the error concerns the whole row or file
 * @param value  the offending cell text, or null
 * @param reason what is wrong, in Chinese, for the person who fixes the file
 */
public record ImportError(String file, String sheet, long row, String column, String value, String reason)
        implements Serializable {

    /** E.g. {@code 案件.csv 第12行 结案日期 “2023-01-01”：结案日期早于立案日期}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (sheet != null) sb.append(" 工作表“").append(sheet).append('”');
        if (row > 0) sb.append(" 第").append(row).append('行');
        if (column != null) sb.append(' ').append(column);
        if (value != null) sb.append(" “").append(value).append('”');
        return sb.append('：').append(reason).toString();
    }
}
