package cn.scorecard.core.io;

import cn.scorecard.core.cases.Times;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** 节假日.csv: days off and make-up working days laid over the bundled calendar. */
final class CalendarFileReader {
    static final CsvSpec SPEC = new CsvSpec("节假日.csv", "日期*", "休息*", "名称:50");
    static final int DAY = 0, OFF = 1, NAME = 2;

    private CalendarFileReader() {
    }

    static void read(ReadContext ctx, List<TableInput> inputs) {
        Map<String, Long> seen = new HashMap<>();
        SheetReader.read(inputs, RecordType.HOLIDAYS, ctx, r -> {
            int day = r.day(DAY);
            boolean off = r.optional(OFF) != null && r.yesNo(OFF, false);
            if (day == Times.NONE || !r.has(OFF) || !ReadContext.firstOccurrence(seen, Integer.toString(day), r, DAY, "日期")) {
                return;
            }
            String name = r.text(NAME);
            if (ctx.emitting()) ctx.sink.holiday(new Rows.Holiday(LocalDate.ofEpochDay(day), off, name.isEmpty() ? null : name));
        });
    }
}
