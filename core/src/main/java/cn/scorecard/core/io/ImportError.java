package cn.scorecard.core.io;

/**
 * One problem found while importing a data file.
 *
 * @param sheet the sheet of a workbook, null for a CSV file
 * @param row the row in the file, the header being row 1
 * @param column the column header, null when the problem concerns the whole row or file
 */
public record ImportError(String file, String sheet, long row, String column, String value, String reason) {
}
