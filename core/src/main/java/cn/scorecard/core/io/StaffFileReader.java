package cn.scorecard.core.io;

import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.data.StaffRole;
import java.time.LocalDate;
import java.util.HashMap;

/** 人员.csv: the roster; staff indexes are positions in the file. */
final class StaffFileReader {
    static final CsvSpec SPEC = new CsvSpec("人员.csv", "人员编号*", "姓名*", "法院代码*", "岗位*", "团队", "出生日期",
            "政法编制", "执行局", "入职日期", "离岗日期");
    static final int ID = 0, NAME = 1, COURT = 2, ROLE = 3, TEAM = 4, BIRTH = 5, POLITICAL = 6, BUREAU = 7,
            JOINED = 8, LEFT = 9;

    /** StaffRole.parse files unrecognised posts under 其他 on purpose (执行员, 司法警察 …), so never fails here. */
    private static final Choices<StaffRole> ROLES = new Choices<>(StaffRole::parse, "未知的岗位");

    private StaffFileReader() {
    }

    static void read(ReadContext ctx) {
        HashMap<String, Long> seen = new HashMap<>();
        CsvSheet.read(ctx.dir, SPEC, ctx.errors, r -> {
            String id = r.optional(ID);
            r.optional(NAME);
            int court = ctx.court(r, COURT);
            StaffRole role = r.choice(ROLE, ROLES);
            int birth = r.day(BIRTH);
            boolean political = r.yesNo(POLITICAL, false);
            boolean bureau = r.yesNo(BUREAU, true);
            int joined = r.day(JOINED);
            int left = r.day(LEFT);
            if (joined != Times.NONE && left != Times.NONE && left < joined) r.error(LEFT, "离岗日期早于入职日期");
            if (id == null || !ReadContext.firstOccurrence(seen, id, r, ID, "人员编号")) return;
            ctx.staffIndex.put(id, ctx.staff.size());
            String team = r.text(TEAM);
            ctx.staff.add(new StaffMember(id, r.text(NAME), court, role == null ? StaffRole.OTHER : role,
                    team.isEmpty() ? null : team, date(birth), political, bureau, date(joined), date(left)));
        });
    }

    static LocalDate date(int day) {
        return day == Times.NONE ? null : LocalDate.ofEpochDay(day);
    }
}
