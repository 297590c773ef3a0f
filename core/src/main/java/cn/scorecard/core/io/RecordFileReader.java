package cn.scorecard.core.io;

import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.MatterType;
import cn.scorecard.core.data.PetitionSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The records that are not cases: 信访, 事项, 国家赔偿, 违法违纪. Their 关联案号 is kept as text and not
 * looked up: a petition or matter may concern a case outside the data set (an older or a trial case).
 */
final class RecordFileReader {
    static final CsvSpec PETITIONS = new CsvSpec("信访.csv", "信访编号*:64", "法院代码*", "登记日期*", "来源*", "关联案号:80",
            "进京访", "办结日期", "化解", "因违法执行引发", "责任人");
    static final CsvSpec MATTERS = new CsvSpec("事项.csv", "事项编号*:64", "法院代码*", "类型*", "收到日期*", "办理期限*",
            "办结日期", "关联案号:80", "责任人");
    static final CsvSpec COMPENSATIONS = new CsvSpec("国家赔偿.csv", "法院代码*", "案号*:80", "决定日期*", "因执行", "责任人");
    static final CsvSpec DISCIPLINES = new CsvSpec("违法违纪.csv", "法院代码*", "人员编号", "日期*", "处理类型*:64", "因执行工作");

    // Column positions, in the order of the specs above.
    private static final int P_ID = 0, P_COURT = 1, P_REGISTERED = 2, P_SOURCE = 3, P_CASE = 4, P_BEIJING = 5,
            P_CONCLUDED = 6, P_RESOLVED = 7, P_MISCONDUCT = 8, P_STAFF = 9;
    private static final int M_ID = 0, M_COURT = 1, M_TYPE = 2, M_RECEIVED = 3, M_DEADLINE = 4, M_DONE = 5,
            M_CASE = 6, M_STAFF = 7;
    private static final int C_COURT = 0, C_NUMBER = 1, C_DECIDED = 2, C_BY_ENFORCEMENT = 3, C_STAFF = 4;
    private static final int D_COURT = 0, D_STAFF = 1, D_DAY = 2, D_KIND = 3, D_BY_ENFORCEMENT = 4;

    private static final Choices<PetitionSource> SOURCES =
            new Choices<>(PetitionSource::parse, "未知的信访来源（应为 本院登记/最高法院交办）");
    private static final Choices<MatterType> MATTER_TYPES =
            new Choices<>(MatterType::parse, "未知的事项类型（应为 事项委托/督办/涉执舆情/督导）");

    private RecordFileReader() {
    }

    static void petitions(ReadContext ctx, List<TableInput> inputs) {
        Map<String, Long> seen = new HashMap<>();
        SheetReader.read(inputs, RecordType.PETITIONS, ctx, r -> {
            String id = r.optional(P_ID);
            String court = ctx.court(r, P_COURT);
            int registered = r.day(P_REGISTERED);
            PetitionSource source = r.choice(P_SOURCE, SOURCES);
            boolean toBeijing = r.yesNo(P_BEIJING, false);
            int concluded = r.day(P_CONCLUDED);
            if (registered != Times.NONE && concluded != Times.NONE && concluded < registered) {
                r.error(P_CONCLUDED, "办结日期早于登记日期");
            }
            boolean resolved = r.yesNo(P_RESOLVED, false);
            boolean misconduct = r.yesNo(P_MISCONDUCT, false);
            String staff = ctx.staff(r, P_STAFF);
            if (id == null || court == null || !ReadContext.firstOccurrence(seen, court + "|" + id, r, P_ID, "本院信访编号")) return;
            if (r.hasErrors() || !ctx.emitting()) return;
            ctx.sink.petition(new Rows.Petition(id, court, registered, source, caseNumber(r, P_CASE), toBeijing,
                    concluded, resolved, misconduct, staff));
        });
    }

    static void matters(ReadContext ctx, List<TableInput> inputs) {
        Map<String, Long> seen = new HashMap<>();
        SheetReader.read(inputs, RecordType.MATTERS, ctx, r -> {
            String id = r.optional(M_ID);
            String court = ctx.court(r, M_COURT);
            MatterType type = r.choice(M_TYPE, MATTER_TYPES);
            int received = r.day(M_RECEIVED);
            int deadline = r.day(M_DEADLINE);
            int done = r.day(M_DONE);
            if (received != Times.NONE && deadline != Times.NONE && deadline < received) r.error(M_DEADLINE, "办理期限早于收到日期");
            if (received != Times.NONE && done != Times.NONE && done < received) r.error(M_DONE, "办结日期早于收到日期");
            String staff = ctx.staff(r, M_STAFF);
            if (id == null || court == null || !ReadContext.firstOccurrence(seen, court + "|" + id, r, M_ID, "本院事项编号")) return;
            if (r.hasErrors() || !ctx.emitting()) return;
            ctx.sink.matter(new Rows.Matter(id, court, type, received, deadline, done, caseNumber(r, M_CASE), staff));
        });
    }

    static void compensations(ReadContext ctx, List<TableInput> inputs) {
        Map<String, Long> seen = new HashMap<>();
        SheetReader.read(inputs, RecordType.COMPENSATIONS, ctx, r -> {
            String court = ctx.court(r, C_COURT);
            String number = r.optional(C_NUMBER); // a 赔偿 case number (委赔 …), not an enforcement 案号
            int decided = r.day(C_DECIDED);
            boolean byEnforcement = r.yesNo(C_BY_ENFORCEMENT, true);
            String staff = ctx.staff(r, C_STAFF);
            if (number == null || court == null) return;
            String key = court + "|" + CsvFiles.normalizeCaseNumber(number);
            if (!ReadContext.firstOccurrence(seen, key, r, C_NUMBER, "国家赔偿案号") || r.hasErrors() || !ctx.emitting()) return;
            ctx.sink.compensation(new Rows.Compensation(court, caseNumber(r, C_NUMBER), decided, byEnforcement, staff));
        });
    }

    /** A discipline record has no number of its own: court, person, day and 处理类型 identify it. */
    static void disciplines(ReadContext ctx, List<TableInput> inputs) {
        Map<String, Long> seen = new HashMap<>();
        SheetReader.read(inputs, RecordType.DISCIPLINES, ctx, r -> {
            String court = ctx.court(r, D_COURT);
            String staff = ctx.staff(r, D_STAFF);
            int day = r.day(D_DAY);
            String kind = r.optional(D_KIND);
            boolean byEnforcement = r.yesNo(D_BY_ENFORCEMENT, true);
            if (court == null || kind == null || day == Times.NONE) return;
            String key = court + "|" + r.text(D_STAFF) + "|" + day + "|" + kind;
            if (!ReadContext.firstOccurrence(seen, key, r, D_KIND, "违法违纪记录") || r.hasErrors() || !ctx.emitting()) return;
            ctx.sink.discipline(new Rows.Discipline(court, staff, day, kind, byEnforcement));
        });
    }

    /** A referenced case number in canonical form, null when empty. */
    private static String caseNumber(CsvRow r, int col) {
        String t = r.text(col);
        return t.isEmpty() ? null : CsvFiles.normalizeCaseNumber(t);
    }
}
