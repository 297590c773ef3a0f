package cn.scorecard.app.staff.versions;

import cn.scorecard.app.staff.StaffSnapshot;
import cn.scorecard.app.staff.StaffSnapshot.Person;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The people whose total or outcome differs between two versions of a month (or who are only in one of them). */
public record VersionDiff(List<Change> changes) {
    private static final double EPSILON = 0.005;

    public record Change(String id, String name, String role, Double before, Double after, String beforeOutcome,
                         String afterOutcome) {
        public Double delta() {
            return before == null || after == null ? null : after - before;
        }
    }

    public static VersionDiff between(StaffSnapshot before, StaffSnapshot after) {
        Map<String, Person> was = new LinkedHashMap<>();
        if (before != null) before.people().forEach(p -> was.put(p.id(), p));
        List<Change> out = new ArrayList<>();
        for (Person now : after.ranked()) {
            Person b = was.remove(now.id());
            if (b == null) {
                out.add(new Change(now.id(), now.name(), now.role(), null, now.total(), "—", now.outcomeLabel()));
            } else if (!same(b.total(), now.total()) || !b.outcomeLabel().equals(now.outcomeLabel())) {
                out.add(new Change(now.id(), now.name(), now.role(), b.total(), now.total(), b.outcomeLabel(), now.outcomeLabel()));
            }
        }
        was.values().forEach(b -> out.add(new Change(b.id(), b.name(), b.role(), b.total(), null, b.outcomeLabel(), "—")));
        return new VersionDiff(out);
    }

    private static boolean same(Double a, Double b) {
        if (a == null || b == null) return Objects.equals(a, b);
        return Math.abs(a - b) <= EPSILON;
    }
}
