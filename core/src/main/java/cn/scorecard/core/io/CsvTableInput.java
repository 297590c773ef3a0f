package cn.scorecard.core.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV file of the interchange format, streamed record by record through commons-csv. */
final class CsvTableInput implements TableInput {
    /** Empty lines stay records (skipped later as blank) so that record numbers are spreadsheet rows. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private final Path path;

    CsvTableInput(Path path) {
        this.path = path;
    }

    @Override
    public String file() {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    @Override
    public String sheet() {
        return null;
    }

    /** Counts line ends: a hundred-megabyte file takes a fraction of a second, the import takes far longer. */
    @Override
    public long estimatedRows() {
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') lines++;
                }
            }
        } catch (IOException e) {
            return 0; // reading the rows will report the problem
        }
        return lines;
    }

    @Override
    public void rows(RowVisitor visitor) throws IOException {
        try (Reader reader = CsvFiles.open(path);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> it = parser.iterator();
            while (it.hasNext()) {
                CSVRecord record = it.next();
                if (!visitor.row(record.getRecordNumber(), record.values())) return;
            }
        }
    }
}
