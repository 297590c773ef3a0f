package cn.scorecard.app.evaluation;

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
        return switch (kind) {
            case CASE -> List.of("案号", "类型", "立案日期", "结案日期", "结案方式", "承办法官", "申请标的额（元）", "到位金额（元）", "法定期限届满日");
            case PAYMENT -> List.of("案号", "到账（具备发放条件）", "发放", "超期经审批", "金额（元）");
            case FIELD_ACTION -> List.of("案号", "行动时间", "使用执法记录仪", "资料已归档");
            case PETITION -> List.of("信访编号", "登记日期", "来源", "关联案号", "进京访", "办结日期", "化解");
            case MATTER -> List.of("事项编号", "类型", "收到日期", "办理期限", "办结日期", "关联案号");
            case STAFF -> List.of("人员编号", "姓名", "岗位", "出生日期", "政法编制");
            case COURT -> List.of("法院代码", "法院名称", "层级");
            default -> List.of("编号");
        };
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
                        p.lateApproved() ? "是" : "否", yuan(p.amountFen()));
            }
            case FIELD_ACTION -> {
                FieldAction f = d.fieldActions().get(i);
                yield List.of(t.number(f.caseRow()), Times.formatMinute(f.minute()), f.recorderUsed() ? "是" : "否",
                        f.archived() ? "是" : "否");
            }
            case PETITION -> {
                Petition p = d.petitions().get(i);
                yield List.of(p.id(), Times.format(p.registeredDay()), p.source().label(), nz(p.caseNumber()),
                        p.toBeijing() ? "是" : "否", Times.format(p.concludedDay()), p.resolved() ? "是" : "否");
            }
            case MATTER -> {
                Matter m = d.matters().get(i);
                yield List.of(m.id(), m.type().label(), Times.format(m.receivedDay()), Times.format(m.deadlineDay()),
                        Times.format(m.doneDay()), nz(m.caseNumber()));
            }
            case STAFF -> {
                StaffMember s = d.staff().get(i);
                yield List.of(s.id(), s.name(), s.role().label(), s.birthDate() == null ? "" : s.birthDate().toString(),
                        s.politicalEstablishment() ? "是" : "否");
            }
            case COURT -> List.of(d.courts().get(i).code(), d.courts().get(i).name(), d.courts().get(i).level().label());
            default -> List.of(String.valueOf(i));
        };
    }

    private static String staff(ProvinceData d, int index) {
        return index < 0 || index >= d.staff().size() ? "" : d.staff().get(index).name();
    }

    static String yuan(long fen) {
        return fen < 0 ? "" : String.format("%d.%02d", fen / 100, fen % 100);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
