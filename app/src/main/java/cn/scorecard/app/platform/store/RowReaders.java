package cn.scorecard.app.platform.store;

import static cn.scorecard.app.platform.store.Cells.constant;
import static cn.scorecard.app.platform.store.Cells.day;
import static cn.scorecard.app.platform.store.Cells.fen;
import static cn.scorecard.app.platform.store.Cells.localDate;
import static cn.scorecard.app.platform.store.Cells.minute;

import cn.scorecard.core.cases.CaseCategory;
import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.court.Court;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.EvidenceStatus;
import cn.scorecard.core.data.MatterType;
import cn.scorecard.core.data.PetitionSource;
import cn.scorecard.core.data.StaffRole;
import cn.scorecard.core.data.StatisticItem;
import cn.scorecard.core.io.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Rows of {@link Table#selectAll()} back into the core's row records (the inverse of {@link RowValues}). */
final class RowReaders {
    private RowReaders() {
    }

    static Rows.Holiday holiday(ResultSet rs) throws SQLException {
        return new Rows.Holiday(localDate(rs, 1), rs.getBoolean(2), rs.getString(3));
    }

    static Court court(ResultSet rs) throws SQLException {
        return new Court(rs.getString(1), rs.getString(2), constant(CourtLevel.class, rs, 3), rs.getString(4),
                rs.getBoolean(5), rs.getBoolean(6));
    }

    static Rows.Staff staff(ResultSet rs) throws SQLException {
        return new Rows.Staff(rs.getString(1), rs.getString(2), rs.getString(3), constant(StaffRole.class, rs, 4),
                rs.getString(5), localDate(rs, 6), rs.getBoolean(7), rs.getBoolean(8), localDate(rs, 9),
                localDate(rs, 10));
    }

    /** Columns 1–15 of {@link Table#CASE} (seq and case_id follow). */
    static Rows.Case caseRow(ResultSet rs) throws SQLException {
        return new Rows.Case(rs.getString(1), rs.getString(2), constant(CaseType.class, rs, 3), day(rs, 4), day(rs, 5),
                constant(ClosingMethod.class, rs, 6), constant(CaseCategory.class, rs, 7), fen(rs, 8), fen(rs, 9),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getBoolean(13), rs.getBoolean(14),
                rs.getBoolean(15));
    }

    /** A step of the case {court, number} (looked up by its case_id). */
    static Rows.Step step(ResultSet rs, String[] caseKey) throws SQLException {
        return new Rows.Step(caseKey[0], caseKey[1], rs.getString(3), minute(rs, 4), minute(rs, 5), rs.getString(6),
                fen(rs, 7), rs.getString(8));
    }

    static Rows.Review review(ResultSet rs) throws SQLException {
        return new Rows.Review(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4), rs.getString(5));
    }

    static Rows.Petition petition(ResultSet rs) throws SQLException {
        return new Rows.Petition(rs.getString(2), rs.getString(1), day(rs, 3), constant(PetitionSource.class, rs, 4),
                rs.getString(5), rs.getBoolean(6), day(rs, 7), rs.getBoolean(8), rs.getBoolean(9), rs.getString(10));
    }

    static Rows.Matter matter(ResultSet rs) throws SQLException {
        return new Rows.Matter(rs.getString(2), rs.getString(1), constant(MatterType.class, rs, 3), day(rs, 4),
                day(rs, 5), day(rs, 6), rs.getString(7), rs.getString(8));
    }

    static Rows.Compensation compensation(ResultSet rs) throws SQLException {
        return new Rows.Compensation(rs.getString(1), rs.getString(2), day(rs, 3), rs.getBoolean(4), rs.getString(5));
    }

    static Rows.Discipline discipline(ResultSet rs) throws SQLException {
        String staff = rs.getString(2);
        return new Rows.Discipline(rs.getString(1), staff.isEmpty() ? null : staff, day(rs, 3), rs.getString(4),
                rs.getBoolean(5));
    }

    static Rows.Evidence evidence(ResultSet rs) throws SQLException {
        return new Rows.Evidence(rs.getString(1), rs.getInt(2), rs.getString(3), constant(EvidenceStatus.class, rs, 4),
                Cells.integer(rs, 5), Cells.decimal(rs, 6), rs.getString(7), rs.getString(8));
    }

    static Rows.Statistic statistic(ResultSet rs) throws SQLException {
        return new Rows.Statistic(rs.getString(1), rs.getInt(2), constant(StatisticItem.class, rs, 3), rs.getDouble(4),
                rs.getString(5));
    }
}
