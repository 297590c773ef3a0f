package cn.scorecard.core.io;

import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.StaffRole;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

/** 人员.csv: the roster, keyed by 人员编号. */
final class StaffFileReader {
    static final CsvSpec SPEC = new CsvSpec("人员.csv", "人员编号*:64", "姓名*:100", "法院代码*", "岗位*", "团队:100", "出生日期",
            "政法编制", "执行局", "入职日期", "离岗日期");
    static final int ID = 0, NAME = 1, COURT = 2, ROLE = 3, TEAM = 4, BIRTH = 5, POLITICAL = 6, BUREAU = 7,
            JOINED = 8, LEFT = 9;

    private static final Choices<StaffRole> ROLES =
            new Choices<>(StaffRole::parse, "未知的岗位（应为 员额法官/法官助理/书记员/其他）");

    private StaffFileReader() {
    }

    static void read(ReadContext ctx, List<TableInput> inputs) {
        HashMap<String, Long> seen = new HashMap<>();
        SheetReader.read(inputs, RecordType.STAFF, ctx, r -> {
            String id = r.optional(ID);
            String name = r.optional(NAME);
            String court = ctx.court(r, COURT);
            StaffRole role = r.choice(ROLE, ROLES);
            int birth = r.day(BIRTH);
            boolean political = r.yesNo(POLITICAL, false);
            boolean bureau = r.yesNo(BUREAU, true);
            int joined = r.day(JOINED);
            int left = r.day(LEFT);
            if (joined != Times.NONE && left != Times.NONE && left < joined) r.error(LEFT, "离岗日期早于入职日期");
            if (id == null || !ReadContext.firstOccurrence(seen, id, r, ID, "人员编号")) return;
            ctx.staff.put(id, role == null ? StaffRole.OTHER : role);
            if (court != null) ctx.staffCourts.put(id, court);
            if (r.hasErrors() || !ctx.emitting()) return;
            String team = r.text(TEAM);
            ctx.sink.staff(new Rows.Staff(id, name, court, role == null ? StaffRole.OTHER : role,
                    team.isEmpty() ? null : team, date(birth), political, bureau, date(joined), date(left)));
        });
    }

    static LocalDate date(int day) {
        return day == Times.NONE ? null : LocalDate.ofEpochDay(day);
    }
}
