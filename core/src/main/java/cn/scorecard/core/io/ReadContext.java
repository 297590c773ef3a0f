package cn.scorecard.core.io;

import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.StaffRole;
import java.util.HashMap;
import java.util.Map;

/**
 * What the file readers share while one import is read: the errors, the keys that later files refer to
 * (those of the files, then those the {@link KnownKeys} know), the rules values are checked against, the sink
 * and the progress. A row with bad
 * cells still registers its key whenever the key itself is sound, so one mistake in 法院.csv does not
 * cascade into thousands of "unknown court" errors later. Rows reach the sink only while there is no error.
 */
final class ReadContext {
    /** Row counts between two progress reports. */
    private static final int PROGRESS_EVERY = 8192;

    final ImportErrors errors = new ImportErrors();
    final KnownKeys known;
    final ReadRules rules;
    final RecordSink sink;
    private final ReadProgress progress;
    /** Level of each court of the files; null when its level cell is bad. */
    final Map<String, CourtLevel> courts = new HashMap<>();
    /** Role of each person of the files. */
    final Map<String, StaffRole> staff = new HashMap<>();
    /** The court of each person of the files. */
    final Map<String, String> staffCourts = new HashMap<>();
    /**
     * Per court, 案号 → file row × 2 + 1 when closed by 终结本次执行程序 (or possibly so: an unreadable method).
     * Keyed by court first so that the 案号 text of the cell is the key as it is, without building a string.
     */
    private final Map<String, Map<String, Long>> cases = new HashMap<>();
    /** The cases the fast reader keyed by numbers, or null. */
    FastCases fastCases;
    private long rowsRead;
    private String lastCourt;
    private String lastNumber;
    private KnownKeys.CaseState lastState;

    ReadContext(KnownKeys known, ReadRules rules, RecordSink sink, ReadProgress progress) {
        this.known = known;
        this.rules = rules;
        this.sink = sink;
        this.progress = progress;
    }

    /** Whether rows may go to the sink: not once anything is wrong, since the import will be rejected. */
    boolean emitting() {
        return errors.isEmpty();
    }

    void rowRead() {
        if (++rowsRead % PROGRESS_EVERY == 0) progress.rowsRead(rowsRead);
    }

    void tableDone() {
        progress.rowsRead(rowsRead);
    }

    /** "法院.csv 中" or, with a database behind, "法院.csv 和数据库中都": where a key was looked for. */
    String nowhere(String file) {
        return known.external() ? file + " 和数据库中都" : file + " 中";
    }

    /** The code of the court named in a column, or null (reported when unknown). */
    String court(CsvRow r, int col) {
        String code = r.optional(col);
        if (code == null) return null;
        if (courts.containsKey(code) || known.courtLevel(code) != null) return code;
        r.error(col, "未知的法院（" + nowhere("法院.csv") + "没有此法院代码）");
        return null;
    }

    /** The level of a court of the files or the known keys, or null. */
    CourtLevel courtLevel(String code) {
        CourtLevel level = courts.get(code);
        return level != null ? level : known.courtLevel(code);
    }

    boolean courtExists(String code) {
        return courts.containsKey(code) || known.courtLevel(code) != null;
    }

    /** The id of the person named in a column, null when empty or unknown (reported). */
    String staff(CsvRow r, int col) {
        String id = r.optional(col);
        if (id == null) return null;
        if (staff.containsKey(id) || known.hasStaff(id)) return id;
        r.error(col, "未知的人员（" + nowhere("人员.csv") + "没有此人员编号）");
        return null;
    }

    /** The court of a person of the files or the known keys, or null. */
    String staffCourt(String id) {
        String court = staffCourts.get(id);
        return court != null ? court : known.staffCourt(id);
    }

    /** The role of a person of the files or the known keys, or null. */
    StaffRole staffRole(String id) {
        StaffRole role = staff.get(id);
        return role != null ? role : known.staffRole(id);
    }

    /** Registers a case of the files; returns the value of an earlier case with the same key, or null. */
    Long addCase(String court, String number, long row, boolean terminated) {
        return cases.computeIfAbsent(court, k -> new HashMap<>()).putIfAbsent(number, row * 2 + (terminated ? 1 : 0));
    }

    /** The state of the case named by a court and a 案号 column; UNKNOWN is reported unless the court is bad. */
    KnownKeys.CaseState caseState(CsvRow r, String court, int col) {
        String number = r.optional(col);
        if (number == null || court == null) return KnownKeys.CaseState.UNKNOWN;
        // Exports list a case's steps together: remembering the last lookup saves most hash lookups.
        if (court.equals(lastCourt) && number.equals(lastNumber)) return lastState;
        String canonical = CsvFiles.normalizeCaseNumber(number);
        Map<String, Long> ofCourt = cases.get(court);
        Long v = ofCourt == null ? null : ofCourt.get(canonical);
        if (v == null && fastCases != null) v = fastCases.state(court, canonical);
        KnownKeys.CaseState state = v != null
                ? ((v & 1) == 1 ? KnownKeys.CaseState.TERMINATED_THIS_ROUND : KnownKeys.CaseState.KNOWN)
                : known.caseState(court, canonical);
        if (state == KnownKeys.CaseState.UNKNOWN) r.error(col, "未知的案件（" + nowhere("案件.csv") + "没有该法院的此案号）");
        lastCourt = court;
        lastNumber = number;
        lastState = state;
        return state;
    }

    /** Cases known by numeric key: row × 2 + 1 when closed by 终本, or null when unknown. */
    interface FastCases {
        Long state(String court, String canonicalNumber);
    }

    /** Records the key's first row; reports a repeat and returns false. */
    static boolean firstOccurrence(Map<String, Long> seen, String key, CsvRow r, int col, String what) {
        Long first = seen.putIfAbsent(key, r.row());
        if (first == null) return true;
        r.error(col, what + "重复（与第" + first + "行相同）");
        return false;
    }
}
