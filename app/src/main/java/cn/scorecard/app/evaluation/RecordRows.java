package cn.scorecard.app.evaluation;

import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.FieldAction;
import cn.scorecard.core.data.Matter;
import cn.scorecard.core.data.Payment;
import cn.scorecard.core.data.Petition;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.metric.RecordKind;
import java.util.List;

/** Columns and cell values of the records behind a value, by kind of record. */
public final class RecordRows {
    private RecordRows() {
    }

    public static List<String> header(RecordKind kind) {
        // one key per kind, the column headings separated by |
        String key = switch (kind) {
            case CASE, PAYMENT, FIELD_ACTION, PETITION, MATTER, STAFF, COURT -> "records.header." + kind.name();
            default -> "records.header.other";
        };
        return List.of(Messages.text(key).split("\\|"));
    }

    private static String yesNo(boolean b) {
        return Messages.text(b ? "common.yes" : "common.no");
    }

    /** A key that filters match (case number, petition id …). */
    static String key(ProvinceData d, RecordKind kind, int i) {
        return cells(d, kind, i).get(0);
    }

    public static List<String> cells(ProvinceData d, RecordKind kind, int i) {
        CaseTable t = d.cases();
        return switch (kind) {
            case CASE -> List.of(t.number(i), t.type(i).label(), Times.format(t.filed(i)), Times.format(t.closed(i)),
                    t.method(i) == null ? "" : t.method(i).label(), staff(d, t.judge(i)), yuan(t.applied(i)),
                    yuan(t.delivered(i)), Times.format(t.statutoryDeadline(i)));
            case PAYMENT -> {
                Payment p = d.payments().get(i);
                yield List.of(t.number(p.caseRow()), Times.formatMinute(p.arrivedMinute()), Times.formatMinute(p.releasedMinute()),
                        yesNo(p.lateApproved()), yuan(p.amountFen()));
            }
            case FIELD_ACTION -> {
                FieldAction f = d.fieldActions().get(i);
                yield List.of(t.number(f.caseRow()), Times.formatMinute(f.minute()), yesNo(f.recorderUsed()),
                        yesNo(f.archived()));
            }
            case PETITION -> {
                Petition p = d.petitions().get(i);
                yield List.of(p.id(), Times.format(p.registeredDay()), p.source().label(), nz(p.caseNumber()),
                        yesNo(p.toBeijing()), Times.format(p.concludedDay()), yesNo(p.resolved()));
            }
            case MATTER -> {
                Matter m = d.matters().get(i);
                yield List.of(m.id(), m.type().label(), Times.format(m.receivedDay()), Times.format(m.deadlineDay()),
                        Times.format(m.doneDay()), nz(m.caseNumber()));
            }
            case STAFF -> {
                StaffMember s = d.staff().get(i);
                yield List.of(s.id(), s.name(), s.role().label(), s.birthDate() == null ? "" : s.birthDate().toString(),
                        yesNo(s.politicalEstablishment()));
            }
            case COURT -> List.of(d.courts().get(i).code(), d.courts().get(i).name(), d.courts().get(i).level().label());
            default -> List.of(String.valueOf(i));
        };
    }

    private static String staff(ProvinceData d, int index) {
        return index < 0 || index >= d.staff().size() ? "" : d.staff().get(index).name();
    }

    static String yuan(long fen) {
        return fen < 0 ? "" : Formats.yuan(fen);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
