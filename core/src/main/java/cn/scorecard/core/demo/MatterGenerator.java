package cn.scorecard.core.demo;

import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.Matter;
import cn.scorecard.core.data.MatterType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matters of the enforcement command centre (执行指挥中心) per court and year: delegations (事项委托,
 * ~1.2% of the caseload), supervised cases (督办), public-opinion incidents (涉执舆情) and inspections
 * (督导). Most are done on time, some late, a few still open; weaker courts are late more often. They are drawn
 * before the cases; a matter about a case names the k-th case generated at its court, filled in as the cases
 * go by ({@link #observe}).
 */
final class MatterGenerator {
    private final Rand rand;
    private final DemoSpec spec;
    private final DemoCourts courts;
    private final DemoStaff staff;
    private final int[] caseCounts;
    private final int cutoffDay;
    private final List<Matter> out = new ArrayList<>();
    /** Per court: case index in generation order → the matters (indexes into out) that name that case. */
    private final List<Map<Integer, List<Integer>>> linked = new ArrayList<>();
    private final int[] seen;
    private int sequence;

    /** @param caseCounts the number of cases each court will have */
    MatterGenerator(Rand rand, DemoSpec spec, DemoCourts courts, DemoStaff staff, int[] caseCounts) {
        this.rand = rand;
        this.spec = spec;
        this.courts = courts;
        this.staff = staff;
        this.caseCounts = caseCounts;
        this.cutoffDay = Times.day(spec.evaluationEnd());
        this.seen = new int[courts.count()];
        for (int c = 0; c < courts.count(); c++) linked.add(new HashMap<>());
        for (int c = 0; c < courts.count(); c++) {
            int perYear = caseCounts[c] / spec.yearCount();
            sequence = 0;
            for (int year = spec.startYear(); year <= spec.endYear(); year++) {
                matters(c, year, MatterType.DELEGATION, Math.max(3, Math.round(perYear * 0.012f)));
                matters(c, year, MatterType.SUPERVISED, Math.max(1, Math.round(perYear * 0.003f)));
                matters(c, year, MatterType.PUBLIC_OPINION, rand.between(0, 3));
                matters(c, year, MatterType.INSPECTION, rand.between(1, 4));
            }
        }
    }

    /** The next generated case of a court: matters naming it get its number. */
    void observe(int court, String number) {
        List<Integer> matters = linked.get(court).remove(seen[court]++);
        if (matters == null) return;
        for (int i : matters) {
            Matter m = out.get(i);
            out.set(i, new Matter(m.id(), m.court(), m.type(), m.receivedDay(), m.deadlineDay(), m.doneDay(), number,
                    m.staff()));
        }
    }

    List<Matter> matters() {
        return out;
    }

    private void matters(int court, int year, MatterType type, int n) {
        int first = Times.day(LocalDate.of(year, 1, 1));
        int last = Math.min(cutoffDay, Times.day(LocalDate.of(year, 12, 31)));
        for (int i = 0; i < n && first <= last; i++) {
            int received = rand.between(first, last);
            int deadline = received + allowedDays(type);
            int done = doneDay(court, received, deadline);
            boolean aboutCase = linksCase(type) && rand.chance(0.7) && caseCounts[court] > 0;
            if (aboutCase) {
                linked.get(court).computeIfAbsent(rand.index(caseCounts[court]), k -> new ArrayList<>()).add(out.size());
            }
            int officer = staff.judge(court, rand.index(staff.teamCount(court)));
            String id = "SX" + year + "-" + String.format("%04d", ++sequence);
            out.add(new Matter(id, court, type, received, deadline, done, null, officer));
        }
    }

    /** On time for most (more at better courts), late for ~8%, the rest still open. */
    private int doneDay(int court, int received, int deadline) {
        double onTime = Math.min(0.97, 0.88 * courts.quality()[court]);
        double r = rand.unit();
        int done = r < onTime ? rand.between(received + 1, deadline)
                : r < onTime + 0.08 ? deadline + rand.between(1, 30) : Times.NONE;
        return done != Times.NONE && done > cutoffDay ? Times.NONE : done;
    }

    private static int allowedDays(MatterType type) {
        return switch (type) {
            case DELEGATION, SUPERVISED -> 30;
            case PUBLIC_OPINION -> 7;
            case INSPECTION -> 60;
        };
    }

    private static boolean linksCase(MatterType type) {
        return type == MatterType.DELEGATION || type == MatterType.SUPERVISED;
    }
}
