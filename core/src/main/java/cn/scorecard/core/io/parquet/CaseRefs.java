package cn.scorecard.core.io.parquet;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.data.ProvinceData;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * The columns by which an analyst finds a case, as the interchange files name it: 法院代码 (court) and 案号
 * (case_number, spelled as in 案件.csv). Every exported table starts with them; {@code caseRow} maps a row of that
 * table to its case's row in the case table.
 */
final class CaseRefs {
    private final CaseTable cases;
    private final String[] courtCodes;

    CaseRefs(ProvinceData data) {
        this.cases = data.cases();
        this.courtCodes = new String[data.courts().size()];
        for (int c = 0; c < courtCodes.length; c++) courtCodes[c] = data.courts().get(c).code();
    }

    List<Column> columns(IntUnaryOperator caseRow) {
        return List.of(
                Column.text("court", false, i -> courtCodes[cases.court(caseRow.applyAsInt(i))]),
                Column.text("case_number", false, i -> cases.number(caseRow.applyAsInt(i))));
    }

    /** A fen amount, or null where it is negative (not recorded). */
    static long amount(long fen) {
        return fen < 0 ? Column.NULL_LONG : fen;
    }
}
