package cn.scorecard.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The sheets of an .xlsx workbook as {@link TableInput}s, streamed with fastexcel-reader (the rows of a sheet
 * are parsed as they are visited; the workbook is never loaded whole). Cells become the text a person sees:
 * dates as {@code 2024-03-01} (or with the time), numbers without exponent, booleans as 是/否.
 */
public final class XlsxWorkbook {
    private XlsxWorkbook() {
    }

    /** One input per sheet, in workbook order. Opening the workbook twice is cheap: only the directory is read. */
    public static List<TableInput> sheets(Path file) throws IOException {
        List<TableInput> out = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            for (Iterator<Sheet> it = wb.getSheets().iterator(); it.hasNext(); ) {
                Sheet s = it.next();
                out.add(new PrefetchedInput(new SheetInput(file, s.getIndex(), s.getName())));
            }
        }
        return out;
    }

    private record SheetInput(Path path, int index, String sheet) implements TableInput {
        @Override
        public String file() {
            return path.getFileName().toString();
        }

        @Override
        public long estimatedRows() {
            return 0; // the sheet's dimension is not exposed by the reader; progress then counts rows only
        }

        @Override
        public void rows(RowVisitor visitor) throws IOException {
            try (ReadableWorkbook wb = new ReadableWorkbook(path.toFile(), new ReadingOptions(true, false))) {
                Sheet s = wb.getSheet(index).orElseThrow(() -> new IOException("找不到工作表 " + sheet));
                boolean date1904 = wb.isDate1904();
                try (Stream<Row> rows = s.openStream()) {
                    for (Iterator<Row> it = rows.iterator(); it.hasNext(); ) {
                        Row row = it.next();
                        String[] cells = new String[row.getCellCount()]; // handed over to another thread: never reused
                        for (int i = 0; i < cells.length; i++) cells[i] = XlsxCells.text(row.getCell(i), date1904);
                        if (!visitor.row(row.getRowNum(), cells)) return;
                    }
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                } catch (RuntimeException e) {
                    throw new IOException("工作表内容无法解析：" + e.getMessage(), e);
                }
            }
        }
    }
}
