package cn.scorecard.app.staff;

import cn.scorecard.app.web.Messages;
import cn.scorecard.core.data.StaffRole;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One court's month as stored in a result version ({@link StaffJson#month}): what the pages, the API and the
 * exports show. Published results are read back from here, never recomputed, so a version always shows what
 * was published. Public with public accessors because templates read it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StaffSnapshot(String month, String ruleSetVersion, List<Person> people, List<Team> teams,
                            List<InterviewDue> interviews) {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public StaffSnapshot {
        people = people == null ? List.of() : List.copyOf(people);
        teams = teams == null ? List.of() : List.copyOf(teams);
        interviews = interviews == null ? List.of() : List.copyOf(interviews);
    }

    public static StaffSnapshot parse(String json) {
        try {
            return MAPPER.readValue(json, StaffSnapshot.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StaffSnapshot of(Map<String, Object> json) {
        return MAPPER.convertValue(json, StaffSnapshot.class);
    }

    public Optional<Person> person(String staffId) {
        return people.stream().filter(p -> p.id().equals(staffId)).findFirst();
    }

    /** People by role (the roster's order of roles: 员额法官, 法官助理, 书记员) and rank; the vetoed last. */
    public List<Person> ranked() {
        return people.stream().sorted(Comparator.comparingInt((Person p) -> roleOrder(p.role()))
                .thenComparing(p -> p.rank() == null ? Integer.MAX_VALUE : p.rank())
                .thenComparing(Person::id)).toList();
    }

    public List<Team> rankedTeams() {
        return teams.stream().sorted(Comparator.comparing((Team t) -> t.rank() == null ? Integer.MAX_VALUE : t.rank())
                .thenComparing(Team::team)).toList();
    }

    /** People with more fails in the year than allowed (问责). */
    public List<Person> accountable() {
        return people.stream().filter(Person::accountability).toList();
    }

    public static int roleOrder(String roleLabel) {
        // the snapshot keeps the core's role names (StaffRole.label()): judges, assistants, clerks, then the rest
        for (StaffRole r : StaffRole.values()) {
            if (r.label().equals(roleLabel)) return r.ordinal();
        }
        return StaffRole.OTHER.ordinal();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Person(String id, String name, String court, String role, String team, Double total, boolean passed,
                         boolean vetoed, Integer rank, String activeFrom, String activeTo, int failsInYear,
                         boolean accountability, boolean awardEligible, List<Veto> vetoes, List<Item> items) {
        public Person {
            vetoes = vetoes == null ? List.of() : List.copyOf(vetoes);
            items = items == null ? List.of() : List.copyOf(items);
        }

        public String staffId() {
            return id;
        }

        public boolean failed() {
            return !passed && !vetoed;
        }

        public String outcomeLabel() {
            return Messages.text(vetoed ? "staff.outcome.vetoed" : passed ? "staff.outcome.passed" : "staff.outcome.failed");
        }

        /**
         * How the total came about: “基础 100 − 扣分 3.5 + 加分 82”, the items' points, the deductions as applied (an
         * item's deductions stop at its points) and the bonuses (not capped, so a total may pass 100).
         */
        public String breakdown() {
            double base = 0;
            double deducted = 0;
            double bonus = 0;
            for (Item i : items) {
                base += i.points();
                deducted += Math.min(i.deductions(), i.points());
                bonus += i.bonus();
            }
            return Messages.text("staff.breakdown", number(base), number(deducted), number(bonus));
        }

        private static String number(double v) {
            return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(Math.round(v * 100) / 100.0);
        }

        public Optional<Item> item(String code) {
            return items.stream().filter(i -> i.code().equals(code)).findFirst();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String code, String name, double points, double deductions, double bonus, double score,
                       List<Reason> reasons) {
        public Item {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reason(String rule, String detail, int count, double points, List<String> refs) {
        public Reason {
            refs = refs == null ? List.of() : List.copyOf(refs);
        }

        /** Up to eight references, then "等 n 项" (the page stays readable for a long list of cases). */
        public String refsShort() {
            if (refs.isEmpty()) return "";
            String shown = String.join(Messages.text("common.listSeparator"), refs.size() > 8 ? refs.subList(0, 8) : refs);
            return refs.size() > 8 ? Messages.text("staff.refsMore", shown, String.valueOf(refs.size())) : shown;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Veto(String condition, String day, String source, String detail) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Team(String court, String team, int members, int scoredMembers, Double mean, Integer rank) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InterviewDue(String id, String name, String court, String role, double total, int failsInYear,
                               boolean accountability) {
        public String staffId() {
            return id;
        }
    }
}
