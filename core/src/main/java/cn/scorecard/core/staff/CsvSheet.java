package cn.scorecard.core.staff;

import cn.scorecard.core.io.ImportError;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file of the interchange format: UTF-8 (BOM stripped) or, failing that, GB18030 as Excel exports it;
 * Chinese headers in row 1; unknown and missing columns reported as errors on row 1.
 */
final class CsvSheet {
    record Row(long number, Map<String, String> cells) {
        /** The trimmed cell, "" when empty or absent. */
        String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v.trim();
        }
    }

    private final String file;
    private final List<Row> rows;

    private CsvSheet(String file, List<Row> rows) {
        this.file = file;
        this.rows = rows;
    }

    String file() {
        return file;
    }

    List<Row> rows() {
        return rows;
    }

    static CsvSheet read(String file, byte[] bytes, List<String> required, List<String> optional,
                         List<ImportError> errors) {
        List<Row> rows = new ArrayList<>();
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(decode(bytes)), CSVFormat.DEFAULT)) {
            records = parser.getRecords();
        } catch (IOException | RuntimeException e) {
            errors.add(new ImportError(file, null, 1, null, null, "CSV 格式错误: " + e.getMessage()));
            return new CsvSheet(file, rows);
        }
        if (records.isEmpty()) {
            errors.add(new ImportError(file, null, 1, null, null, "文件为空，缺少表头"));
            return new CsvSheet(file, rows);
        }
        List<String> header = new ArrayList<>();
        for (String h : records.get(0)) header.add(h.trim());
        Set<String> known = new LinkedHashSet<>(required);
        known.addAll(optional);
        boolean usable = true;
        for (String h : header) {
            if (!h.isEmpty() && !known.contains(h)) {
                errors.add(new ImportError(file, null, 1, h, h, "未知的列（允许的列: " + String.join("、", known) + "）"));
            }
        }
        for (String r : required) {
            if (!header.contains(r)) {
                errors.add(new ImportError(file, null, 1, r, "", "缺少必填列"));
                usable = false;
            }
        }
        if (!usable) return new CsvSheet(file, rows);
        for (int i = 1; i < records.size(); i++) {
            CSVRecord rec = records.get(i);
            Map<String, String> cells = new HashMap<>();
            boolean blank = true;
            for (int c = 0; c < header.size() && c < rec.size(); c++) {
                cells.put(header.get(c), rec.get(c));
                if (!rec.get(c).isBlank()) blank = false;
            }
            if (!blank) rows.add(new Row(i + 1L, cells));
        }
        return new CsvSheet(file, rows);
    }

    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buf = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buf).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }
}
