package cn.scorecard.app.platform.store;

import cn.scorecard.core.cases.Times;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Conversions between the core's compact values (epoch days and minutes, fen, -1 = none) and SQL values. */
final class Cells {
    private Cells() {
    }

    static LocalDate date(int epochDay) {
        return epochDay == Times.NONE ? null : LocalDate.ofEpochDay(epochDay);
    }

    static LocalDateTime time(int epochMinute) {
        return epochMinute == Times.NONE ? null : Times.dateTime(epochMinute);
    }

    static Long fen(long fen) {
        return fen < 0 ? null : fen;
    }

    static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    static int day(ResultSet rs, int col) throws SQLException {
        LocalDate d = rs.getObject(col, LocalDate.class);
        return d == null ? Times.NONE : (int) d.toEpochDay();
    }

    static LocalDate localDate(ResultSet rs, int col) throws SQLException {
        return rs.getObject(col, LocalDate.class);
    }

    static int minute(ResultSet rs, int col) throws SQLException {
        LocalDateTime t = rs.getObject(col, LocalDateTime.class);
        return t == null ? Times.NONE : Times.minute(t);
    }

    static long fen(ResultSet rs, int col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? -1 : v;
    }

    static Integer integer(ResultSet rs, int col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    static Double decimal(ResultSet rs, int col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? null : v;
    }

    static <E extends Enum<E>> E constant(Class<E> type, ResultSet rs, int col) throws SQLException {
        String v = rs.getString(col);
        return v == null ? null : Enum.valueOf(type, v);
    }
}
