package cn.scorecard.core.io;

import cn.scorecard.core.court.Court;
import cn.scorecard.core.court.CourtLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/** 法院.csv. Parents are checked after the whole file, since a parent may be listed after its children. */
final class CourtFileReader {
    static final CsvSpec SPEC = new CsvSpec("法院.csv", "法院代码*", "法院名称*", "层级*", "上级法院代码", "直辖市", "重点城市");
    static final int CODE = 0, NAME = 1, LEVEL = 2, PARENT = 3, MUNICIPALITY = 4, KEY_CITY = 5;

    private static final Choices<CourtLevel> LEVELS =
            new Choices<>(CourtLevel::parse, "未知的法院层级（应为 高级/中级/基层）");

    private CourtFileReader() {
    }

    static void read(ReadContext ctx) {
        List<Long> rows = new ArrayList<>();
        List<Boolean> levelKnown = new ArrayList<>();
        HashMap<String, Long> seen = new HashMap<>();
        CsvSheet.read(ctx.dir, SPEC, ctx.errors, r -> {
            String code = r.optional(CODE);
            r.optional(NAME);
            CourtLevel level = r.choice(LEVEL, LEVELS);
            String parent = r.optional(PARENT);
            boolean municipality = r.yesNo(MUNICIPALITY, false);
            boolean keyCity = r.yesNo(KEY_CITY, false);
            if (code == null || !ReadContext.firstOccurrence(seen, code, r, CODE, "法院代码")) return;
            ctx.courtIndex.put(code, ctx.courts.size());
            ctx.courts.add(new Court(code, r.text(NAME), level == null ? CourtLevel.BASIC : level, parent,
                    municipality, keyCity));
            rows.add(r.row());
            levelKnown.add(level != null);
        });
        for (int i = 0; i < ctx.courts.size(); i++) {
            if (levelKnown.get(i)) checkParent(ctx, i, rows.get(i), levelKnown);
        }
    }

    private static void checkParent(ReadContext ctx, int i, long row, List<Boolean> levelKnown) {
        Court court = ctx.courts.get(i);
        String parent = court.parentCode();
        String column = SPEC.column(PARENT);
        if (court.level() == CourtLevel.HIGH) {
            if (parent != null) ctx.errors.add(SPEC.file(), row, column, parent, "高级法院不应有上级法院");
            return;
        }
        if (parent == null) {
            ctx.errors.add(SPEC.file(), row, column, "", "缺少上级法院代码（只有高级法院可以不填）");
            return;
        }
        Integer p = ctx.courtIndex.get(parent);
        if (p == null) {
            ctx.errors.add(SPEC.file(), row, column, parent, "上级法院不存在（法院.csv 中没有此法院代码）");
        } else if (levelKnown.get(p) && ctx.courts.get(p).level().ordinal() + 1 != court.level().ordinal()) {
            CourtLevel expected = CourtLevel.values()[court.level().ordinal() - 1];
            ctx.errors.add(SPEC.file(), row, column, parent, "上级法院层级不符（" + court.level().label()
                    + "法院的上级应为" + expected.label() + "法院）");
        }
    }
}
