package cn.scorecard.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal .xlsx written part by part, for workbooks that spreadsheet programs do not write but other tools
 * do: no styles part, no shared strings, cells typed by hand. Parts can be left out to spoil the package.
 */
final class RawXlsx {
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    private final Map<String, String> parts = new LinkedHashMap<>();

    /** A workbook with one sheet of the given name holding rows of {@code <c>} elements. */
    static RawXlsx oneSheet(String sheetName, String... rows) {
        RawXlsx x = new RawXlsx();
        x.parts.put("[Content_Types].xml", XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "</Types>");
        x.parts.put("_rels/.rels", XML + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        x.parts.put("xl/workbook.xml", XML + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\""
                + sheetName + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        x.parts.put("xl/_rels/workbook.xml.rels", XML + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "</Relationships>");
        StringBuilder data = new StringBuilder();
        for (int r = 0; r < rows.length; r++) data.append("<row r=\"").append(r + 1).append("\">").append(rows[r]).append("</row>");
        x.parts.put("xl/worksheets/sheet1.xml", XML + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>" + data + "</sheetData></worksheet>");
        return x;
    }

    /** An inline text cell. */
    static String text(String ref, String value) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    }

    /** A numeric cell with the raw value as written (which need not be a number). */
    static String number(String ref, String raw) {
        return "<c r=\"" + ref + "\"><v>" + raw + "</v></c>";
    }

    /** A row of inline text cells A, B, C … */
    static String texts(int row, String... values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) sb.append(text((char) ('A' + i) + Integer.toString(row), values[i]));
        return sb.toString();
    }

    RawXlsx without(String part) {
        parts.remove(part);
        return this;
    }

    Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
