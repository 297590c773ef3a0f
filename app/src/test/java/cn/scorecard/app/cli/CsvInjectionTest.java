package cn.scorecard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.platform.TestData;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * A court or person named like a formula (=, +, -, @) reaches the CSV of evaluate and staff neutralised with a
 * leading apostrophe (OWASP, CSV injection), while numbers, negative ones included, stay numbers.
 */
class CsvInjectionTest {
    private static final String COURT = "=HYPERLINK(\"http://x.example/\",\"城东\")";
    private static final String PERSON = "@SUM(1+1)";

    @Test
    void evaluateAndStaffCsvNeutraliseFormulaCells() throws IOException {
        Path dir = TestData.demoCopy();
        rename(dir.resolve("法院.csv"), "江0102,", 1, COURT);
        String person = rename(dir.resolve("人员.csv"), null, 1, PERSON);

        List<CSVRecord> evaluation = parse(DatabaseSourceTest.run(List.of("evaluate", "--data", dir.toString(), "--year", "2025",
                "--format", "csv")).ok());
        assertThat(evaluation).filteredOn(r -> r.get(0).equals("江0102")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get(1)).isEqualTo("'" + COURT));
        assertNoCellStartsAFormula(evaluation);

        List<CSVRecord> staff = parse(DatabaseSourceTest.run(List.of("staff", "--data", dir.toString(), "--month", "2025-06",
                "--format", "csv")).ok());
        assertThat(staff).filteredOn(r -> r.get(2).equals(person)).singleElement()
                .satisfies(r -> assertThat(r.get(3)).isEqualTo("'" + PERSON));
        assertNoCellStartsAFormula(staff);
    }

    private static void assertNoCellStartsAFormula(List<CSVRecord> rows) {
        for (CSVRecord r : rows) {
            for (String cell : r) {
                if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0) continue;
                assertThat(cell).as("a cell that starts like a formula must be a plain number").matches("-\\d+(\\.\\d+)?");
            }
        }
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
    }

    /** Replaces the given column of the first data row starting with prefix (any row when null); returns its key. */
    private static String rename(Path file, String prefix, int column, String name) throws IOException {
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(Files.readString(file, StandardCharsets.UTF_8)
                .replace("\uFEFF", ""))).getRecords();
        StringBuilder out = new StringBuilder();
        String key = null;
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = new ArrayList<>(rows.get(i).toList());
            if (i > 0 && key == null && (prefix == null || String.join(",", cells).startsWith(prefix))) {
                cells.set(column, name);
                key = cells.get(0);
            }
            out.append(CSVFormat.DEFAULT.format(cells.toArray())).append("\r\n");
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
        return key;
    }
}
