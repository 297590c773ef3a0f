package cn.scorecard.core.io;

import cn.scorecard.core.cases.CaseTableBuilder;
import cn.scorecard.core.court.Court;
import cn.scorecard.core.data.FieldAction;
import cn.scorecard.core.data.Payment;
import cn.scorecard.core.data.StaffMember;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the file readers share while one directory is read: the errors and the keys that later files refer
 * to. A row with bad cells still registers its key (with placeholder values) whenever the key itself is
 * sound, so one mistake in 法院.csv does not cascade into thousands of "unknown court" errors later; the
 * placeholders are never seen because any error aborts the import.
 */
final class ReadContext {
    final Path dir;
    final ImportErrors errors = new ImportErrors();
    final List<Court> courts = new ArrayList<>();
    final Map<String, Integer> courtIndex = new HashMap<>();
    final List<StaffMember> staff = new ArrayList<>();
    final Map<String, Integer> staffIndex = new HashMap<>();
    /** Created once the courts are known. */
    CaseTableBuilder cases;
    /** Builder rows of cases closed by 终结本次执行程序, which alone may have a 终本复核. */
    final BitSet terminatedThisRound = new BitSet();
    /** Payments and field actions refer to builder rows until the table is built. */
    final List<Payment> payments = new ArrayList<>();
    final List<FieldAction> fieldActions = new ArrayList<>();
    private int lastCourt = -1;
    private String lastNumber;
    private int lastRow = -1;

    ReadContext(Path dir) {
        this.dir = dir;
    }

    /** Index of the court named in a required column, or -1 (reported). */
    int court(CsvRow r, int col) {
        String code = r.optional(col);
        if (code == null) return -1;
        Integer i = courtIndex.get(code);
        if (i == null) {
            r.error(col, "未知的法院（法院.csv 中没有此法院代码）");
            return -1;
        }
        return i;
    }

    /** Index of the person named in a column, -1 when empty or unknown (reported). */
    int staff(CsvRow r, int col) {
        String id = r.optional(col);
        if (id == null) return -1;
        Integer i = staffIndex.get(id);
        if (i == null) {
            r.error(col, "未知的人员（人员.csv 中没有此人员编号）");
            return -1;
        }
        return i;
    }

    /** Builder row of the case named by a court and a 案号 column, or -1 (reported unless the court is bad). */
    int caseRow(CsvRow r, int court, int col) {
        String number = r.optional(col);
        if (number == null || court < 0) return -1;
        // Exports list a case's steps together: remembering the last lookup saves most hash lookups.
        if (court == lastCourt && number.equals(lastNumber)) return lastRow;
        int row = cases.rowOf(court, CsvFiles.normalizeCaseNumber(number));
        if (row < 0) r.error(col, "未知的案件（案件.csv 中没有该法院的此案号）");
        lastCourt = court;
        lastNumber = number;
        lastRow = row;
        return row;
    }

    /** Records the key's first row; reports a repeat and returns false. */
    static boolean firstOccurrence(Map<String, Long> seen, String key, CsvRow r, int col, String what) {
        Long first = seen.putIfAbsent(key, r.row());
        if (first == null) return true;
        r.error(col, what + "重复（与第" + first + "行相同）");
        return false;
    }
}
