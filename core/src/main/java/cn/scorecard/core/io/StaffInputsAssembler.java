package cn.scorecard.core.io;

import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.staff.StaffInputs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds {@link StaffInputs} from the validated staff-input rows, people as indexes of the roster. */
public final class StaffInputsAssembler implements RecordSink {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<StaffInputs.Incident> incidents = new ArrayList<>();
    private final List<StaffInputs.ClosureQuota> quotas = new ArrayList<>();
    private final List<StaffInputs.VetoRecord> vetoes = new ArrayList<>();
    private final List<StaffInputs.ClerkEvaluation> evaluations = new ArrayList<>();

    public StaffInputsAssembler(List<StaffMember> roster) {
        for (int i = 0; i < roster.size(); i++) index.put(roster.get(i).id(), i);
    }

    @Override
    public void incident(Rows.Incident i) {
        incidents.add(new StaffInputs.Incident(i.id(), person(i.staff()), i.day(), i.kindCode(), i.caseNumber(), i.count(),
                i.note(), i.recorder()));
    }

    @Override
    public void quota(Rows.Quota q) {
        quotas.add(new StaffInputs.ClosureQuota(person(q.staff()), q.month(), q.quota()));
    }

    @Override
    public void veto(Rows.Veto v) {
        vetoes.add(new StaffInputs.VetoRecord(v.id(), person(v.staff()), v.day(), v.conditionCode(), v.note()));
    }

    @Override
    public void clerkEvaluation(Rows.ClerkEvaluation e) {
        evaluations.add(new StaffInputs.ClerkEvaluation(person(e.staff()), e.year(), e.quarter(), e.parts()));
    }

    public StaffInputs build() {
        return new StaffInputs(incidents, quotas, vetoes, evaluations);
    }

    /** The reader has checked that the person is on the roster. */
    private int person(String id) {
        return index.get(id);
    }
}
