package cn.scorecard.core.io;

import cn.scorecard.core.court.Court;
import cn.scorecard.core.court.CourtLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * 法院.csv. Parents are checked after the whole file, since a parent may be listed after its children; a
 * parent may also be a court already in the database.
 */
final class CourtFileReader {
    static final CsvSpec SPEC = new CsvSpec("法院.csv", "法院代码*:32", "法院名称*:200", "层级*", "上级法院代码", "直辖市", "重点城市");
    static final int CODE = 0, NAME = 1, LEVEL = 2, PARENT = 3, MUNICIPALITY = 4, KEY_CITY = 5;

    private static final Choices<CourtLevel> LEVELS =
            new Choices<>(CourtLevel::parse, "未知的法院层级（应为 高级/中级/基层）");

    private CourtFileReader() {
    }

    /** A court of the file with where it was, for the parent check. */
    private record Placed(Court court, String file, String sheet, long row) {
    }

    static void read(ReadContext ctx, List<TableInput> inputs) {
        List<Placed> placed = new ArrayList<>();
        HashMap<String, Long> seen = new HashMap<>();
        SheetReader.read(inputs, RecordType.COURTS, ctx, r -> {
            String code = r.optional(CODE);
            r.optional(NAME);
            CourtLevel level = r.choice(LEVEL, LEVELS);
            String parent = r.optional(PARENT);
            boolean municipality = r.yesNo(MUNICIPALITY, false);
            boolean keyCity = r.yesNo(KEY_CITY, false);
            if (code == null || !ReadContext.firstOccurrence(seen, code, r, CODE, "法院代码")) return;
            ctx.courts.put(code, level);
            if (level == null) return;
            Court court = new Court(code, r.text(NAME), level, parent, municipality, keyCity);
            placed.add(new Placed(court, r.file(), r.sheet(), r.row()));
            if (!r.hasErrors() && ctx.emitting()) ctx.sink.court(court);
        });
        for (Placed p : placed) checkParent(ctx, p);
    }

    private static void checkParent(ReadContext ctx, Placed p) {
        Court court = p.court();
        String parent = court.parentCode();
        String column = SPEC.column(PARENT);
        if (court.level() == CourtLevel.HIGH) {
            if (parent != null) ctx.errors.add(p.file(), p.sheet(), p.row(), column, parent, "高级法院不应有上级法院");
            return;
        }
        if (parent == null) {
            ctx.errors.add(p.file(), p.sheet(), p.row(), column, "", "缺少上级法院代码（只有高级法院可以不填）");
            return;
        }
        if (!ctx.courtExists(parent)) {
            ctx.errors.add(p.file(), p.sheet(), p.row(), column, parent,
                    "上级法院不存在（" + ctx.nowhere("法院.csv") + "没有此法院代码）");
            return;
        }
        CourtLevel parentLevel = ctx.courtLevel(parent);
        if (parentLevel != null && parentLevel.ordinal() + 1 != court.level().ordinal()) {
            CourtLevel expected = CourtLevel.values()[court.level().ordinal() - 1];
            ctx.errors.add(p.file(), p.sheet(), p.row(), column, parent, "上级法院层级不符（" + court.level().label()
                    + "法院的上级应为" + expected.label() + "法院）");
        }
    }
}
