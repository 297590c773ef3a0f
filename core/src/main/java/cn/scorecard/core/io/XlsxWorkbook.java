package cn.scorecard.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The sheets of an .xlsx workbook as {@link TableInput}s, streamed with fastexcel-reader (the rows of a sheet
 * are parsed as they are visited; the workbook is never loaded whole). Cells become the text a person sees:
 * dates as {@code 2024-03-01} (or with the time), numbers without exponent, booleans as 是/否. A workbook
 * without a styles part (allowed by the format; some tools write none) is read without number formats: it
 * cannot hold a date format then. Whatever the reader cannot parse is reported in Chinese
 * ({@link XlsxProblem}).
 */
public final class XlsxWorkbook {
    private XlsxWorkbook() {
    }

    /** One input per sheet, in workbook order. Opening the workbook twice is cheap: only the directory is read. */
    public static List<TableInput> sheets(Path file) throws IOException {
        boolean formats = hasStyles(file);
        List<TableInput> out = new ArrayList<>();
        try (ReadableWorkbook wb = open(file, formats)) {
            for (Iterator<Sheet> it = wb.getSheets().iterator(); it.hasNext(); ) {
                Sheet s = it.next();
                out.add(new PrefetchedInput(new SheetInput(file, s.getIndex(), s.getName(), formats)));
            }
        } catch (RuntimeException e) {
            throw XlsxProblem.of(e, null);
        }
        return out;
    }

    private static ReadableWorkbook open(Path file, boolean formats) throws IOException {
        try {
            return new ReadableWorkbook(file.toFile(), new ReadingOptions(formats, false));
        } catch (RuntimeException e) {
            throw XlsxProblem.of(e, null);
        }
    }

    /** Whether the package declares a styles part; fastexcel needs one to read number formats. */
    static boolean hasStyles(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry types = zip.getEntry("[Content_Types].xml");
            if (types == null) throw new XlsxProblem("不是有效的 .xlsx 工作簿（缺少 [Content_Types].xml，文件不完整？）");
            try (InputStream in = zip.getInputStream(types)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("spreadsheetml.styles+xml");
            }
        } catch (java.util.zip.ZipException e) {
            throw new XlsxProblem("不是有效的 .xlsx 工作簿（文件已损坏，或是 .xls 等其他格式）");
        }
    }

    private record SheetInput(Path path, int index, String sheet, boolean formats) implements TableInput {
        @Override
        public String file() {
            return path.getFileName().toString();
        }

        @Override
        public long estimatedRows() {
            return 0; // the sheet's dimension is not exposed by the reader; progress then counts rows only
        }

        @Override
        public boolean fixedWidth() {
            return false; // a sheet leaves trailing empty cells out
        }

        @Override
        public void rows(RowVisitor visitor) throws IOException {
            try (ReadableWorkbook wb = open(path, formats)) {
                Sheet s = wb.getSheet(index).orElseThrow(() -> new XlsxProblem("找不到工作表“" + sheet + "”"));
                boolean date1904 = wb.isDate1904();
                try (Stream<Row> rows = s.openStream()) {
                    for (Iterator<Row> it = rows.iterator(); it.hasNext(); ) {
                        Row row = it.next();
                        String[] cells = new String[row.getCellCount()]; // handed over to another thread: never reused
                        for (int i = 0; i < cells.length; i++) cells[i] = XlsxCells.text(row.getCell(i), date1904);
                        if (!visitor.row(row.getRowNum(), cells)) return;
                    }
                } catch (UncheckedIOException e) {
                    throw XlsxProblem.of(e.getCause(), sheet);
                } catch (RuntimeException e) {
                    throw XlsxProblem.of(e, sheet);
                }
            }
        }
    }
}
