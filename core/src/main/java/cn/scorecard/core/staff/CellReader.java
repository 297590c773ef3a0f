package cn.scorecard.core.staff;

import cn.scorecard.core.cases.Times;
import cn.scorecard.core.io.ImportError;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cell parsing for the staff input files that records an error (file, row, column, value) instead of throwing. */
final class CellReader {
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})\\s*(?:-?\\s*[Qq]|年第?)\\s*([1-4])(?:季度)?$");

    final List<ImportError> errors;

    CellReader(List<ImportError> errors) {
        this.errors = errors;
    }

    void error(CsvSheet sheet, CsvSheet.Row row, String column, String reason) {
        errors.add(new ImportError(sheet.file(), null, row.number(), column, row.get(column), reason));
    }

    LocalDate date(CsvSheet sheet, CsvSheet.Row row, String column) {
        if (row.get(column).isEmpty()) {
            error(sheet, row, column, "必填");
            return null;
        }
        try {
            return Times.parseDate(row.get(column));
        } catch (RuntimeException e) {
            error(sheet, row, column, "无法识别的日期（应如 2024-03-01）");
            return null;
        }
    }

    int integer(CsvSheet sheet, CsvSheet.Row row, String column, int min) {
        try {
            int v = Integer.parseInt(row.get(column));
            if (v >= min) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        error(sheet, row, column, min > 0 ? "应为正整数" : "应为不小于" + min + "的整数");
        return min;
    }

    Double decimal(CsvSheet sheet, CsvSheet.Row row, String column, double max) {
        try {
            double v = Double.parseDouble(row.get(column));
            if (v >= 0 && v <= max) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        error(sheet, row, column, "应为0到" + Points.format(max) + "之间的数");
        return null;
    }

    YearMonth month(CsvSheet sheet, CsvSheet.Row row, String column) {
        String t = row.get(column).replace('/', '-').replace("年", "-").replace("月", "");
        try {
            String[] p = t.split("-");
            if (p.length == 2) return YearMonth.of(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
        } catch (RuntimeException e) {
            // reported below
        }
        error(sheet, row, column, "无法识别的月份（应如 2024-03）");
        return null;
    }

    /** {year, quarter} from 2024-Q1, 2024Q1 or 2024年第1季度. */
    int[] quarter(CsvSheet sheet, CsvSheet.Row row, String column) {
        Matcher m = QUARTER.matcher(row.get(column));
        if (m.matches()) return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
        error(sheet, row, column, "无法识别的季度（应如 2024-Q1）");
        return null;
    }
}
