package cn.scorecard.app.platform.rules;

import cn.scorecard.app.messages.Bundle;
import cn.scorecard.app.platform.ProvinceSource;
import cn.scorecard.core.catalog.Catalog;
import cn.scorecard.core.catalog.CatalogLoader;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.court.Courts;
import cn.scorecard.core.metric.MetricRegistry;
import cn.scorecard.core.rulebook.Assignment;
import cn.scorecard.core.rulebook.Assignments;
import cn.scorecard.core.rulebook.Edition;
import cn.scorecard.core.rulebook.Editions;
import cn.scorecard.core.rulebook.RuleBook;
import cn.scorecard.core.staff.StaffRuleSet;
import cn.scorecard.core.staff.StaffRuleSets;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The rule book of the application, answered from the database: the bundled catalogs and rule sets are stored as
 * the initial versions on first use; every later version is added by an administrator (never overwritten). A
 * stored version is parsed once; {@link #generation()} moves with every activation or assignment so that cached
 * results computed under the old rules are not reused.
 */
@Service
public class RuleBookService implements RuleBook {
    static final String SYSTEM = Bundle.text("rules.system");
    private final RuleBookStore store;
    private final Supplier<Courts> courts;
    private final Set<String> metrics = MetricRegistry.bundled().ids();
    private final Map<String, Map<CourtLevel, Catalog>> catalogs = new ConcurrentHashMap<>();
    private final Map<String, StaffRuleSet> staffRules = new ConcurrentHashMap<>();
    private volatile State state;

    /** What is in force, read once per change. */
    private record State(long generation, List<Edition> catalogs, List<Edition> staff, List<Assignment> assignments) {
    }

    @Autowired
    RuleBookService(RuleBookStore store, ProvinceSource province) {
        this(store, () -> province.current().courts());
    }

    public RuleBookService(RuleBookStore store, Supplier<Courts> courts) {
        this.store = store;
        this.courts = courts;
    }

    @Override
    public Catalog catalogFor(CourtLevel level, LocalDate date) {
        return catalog(catalogVersionOn(date), level).orElseThrow();
    }

    /** The catalog version in force on a day (the oldest one before the first version's start). */
    public String catalogVersionOn(LocalDate date) {
        List<Edition> active = state().catalogs();
        return Editions.inForce(active, date).or(() -> active.stream().min(java.util.Comparator.comparing(Edition::from)))
                .orElseThrow(() -> new IllegalStateException(Bundle.text("rules.error.noCatalog"))).version();
    }

    /** A level's tree of a stored catalog version (a published result's), whether active or only proposed. */
    public Optional<Catalog> catalog(String version, CourtLevel level) {
        state();
        Map<CourtLevel, Catalog> levels = catalogs.computeIfAbsent(version, v -> {
            if (store.edition(RuleVersion.Kind.CATALOG, v).isEmpty()) return Map.of();
            Map<CourtLevel, Catalog> out = new EnumMap<>(CourtLevel.class);
            for (CourtLevel l : CourtLevel.values()) {
                String text = store.content(RuleVersion.Kind.CATALOG, v, part(l)).orElseThrow();
                out.put(l, CatalogLoader.parse(Bundle.text("rules.source.catalog", v, CatalogLoader.fileName(l)), text, v, l, metrics));
            }
            return out;
        });
        return Optional.ofNullable(levels.get(level));
    }

    @Override
    public StaffRuleSet staffRulesFor(String court, YearMonth month) {
        String version = staffVersionFor(court, month);
        return staffRules(version).orElseThrow();
    }

    /** The rule set assigned to every court this month (the demo's, the import templates'). */
    public StaffRuleSet defaultStaffRules() {
        return staffRulesFor(Assignment.EVERY_COURT, YearMonth.now());
    }

    /** The version of the staff rule set a court uses in a month. */
    public String staffVersionFor(String court, YearMonth month) {
        State s = state();
        Optional<Assignment> a = Assignments.forCourt(courts.get(), s.assignments(), court, month);
        if (a.isPresent()) return a.get().version();
        return s.staff().stream().min(java.util.Comparator.comparing(Edition::from))
                .orElseThrow(() -> new IllegalStateException(Bundle.text("rules.error.noStaffRules"))).version();
    }

    /** A stored staff rule set by its version. */
    public Optional<StaffRuleSet> staffRules(String version) {
        state();
        StaffRuleSet parsed = staffRules.computeIfAbsent(version, v -> store.content(RuleVersion.Kind.STAFF_RULES, v, "")
                .map(text -> StaffRuleSets.parse(Bundle.text("rules.source.staff", v), new StringReader(text))).orElse(null));
        return Optional.ofNullable(parsed);
    }

    public List<StoredEdition> editions(RuleVersion.Kind kind) {
        state();
        return store.editions(kind);
    }

    public List<Assignment> assignments() {
        return state().assignments();
    }

    /** Moves with every change of what is in force (an activation, an assignment). */
    public long generation() {
        return state().generation();
    }

    /** The stored YAML of one level of a catalog version. */
    public Optional<String> catalogText(String version, CourtLevel level) {
        state();
        return store.content(RuleVersion.Kind.CATALOG, version, part(level));
    }

    /** The stored YAML of a staff rule set. */
    public Optional<String> staffText(String version) {
        state();
        return store.content(RuleVersion.Kind.STAFF_RULES, version, "");
    }

    public Optional<StoredEdition> edition(RuleVersion.Kind kind, String version) {
        state();
        return store.edition(kind, version);
    }

    /**
     * Stores a proposed catalog version (not yet in force): each level's text is checked by the start-up reader first
     * (a {@link cn.scorecard.core.catalog.CatalogValidationException} names the file, the indicator and the problem).
     */
    public void saveCatalog(String version, String title, LocalDate from, LocalDate to, String basedOn, String note,
                            Map<CourtLevel, String> texts, String actor) {
        state();
        Map<String, String> parts = new LinkedHashMap<>();
        for (CourtLevel l : CourtLevel.values()) {
            String text = texts.get(l);
            if (text == null) throw new IllegalArgumentException(Bundle.text("rules.error.missingLevel", l.label()));
            CatalogLoader.parse(version + "/" + CatalogLoader.fileName(l), text, version, l, metrics);
            parts.put(part(l), text);
        }
        store.save(RuleVersion.Kind.CATALOG, version, title, from, to, basedOn, note, parts, actor);
    }

    /** Stores a proposed staff rule set (checked like the bundled one: a StaffRuleSetException lists every problem). */
    public StaffRuleSet saveStaffRules(String text, String fileName, LocalDate from, LocalDate to, String basedOn,
                                       String note, String actor) {
        state();
        StaffRuleSet rules = StaffRuleSets.parse(fileName, new StringReader(text));
        store.save(RuleVersion.Kind.STAFF_RULES, rules.version(), rules.label(), from, to, basedOn, note,
                Map.of("", text), actor);
        return rules;
    }

    /** Activates a stored version; from now on it answers for its dates. */
    public void activate(RuleVersion.Kind kind, String version, String actor) {
        store.activate(kind, version, actor);
        reload();
    }

    /** Assigns a stored staff rule set to a court ('' = every court) from a month on. */
    public void assign(String court, YearMonth from, String version, String actor) {
        if (store.edition(RuleVersion.Kind.STAFF_RULES, version).isEmpty()) {
            throw new IllegalArgumentException(Bundle.text("rules.error.unknownStaffRules", version));
        }
        store.assign(court, from, version, actor);
        reload();
    }

    RuleBookStore store() {
        return store;
    }

    private State state() {
        State s = state;
        if (s == null) {
            synchronized (this) {
                if (state == null) {
                    storeBundled();
                    reload();
                }
                s = state;
            }
        }
        return s;
    }

    synchronized void reload() {
        long generation = state == null ? 1 : state.generation() + 1;
        state = new State(generation, active(RuleVersion.Kind.CATALOG), active(RuleVersion.Kind.STAFF_RULES),
                store.assignments());
    }

    private List<Edition> active(RuleVersion.Kind kind) {
        return store.editions(kind).stream().filter(StoredEdition::active).map(StoredEdition::edition).toList();
    }

    /** The bundled versions not yet in the database become its initial, activated versions. */
    private void storeBundled() {
        for (CatalogLoader.BundledEdition b : CatalogLoader.bundledEditions()) {
            if (store.edition(RuleVersion.Kind.CATALOG, b.version()).isPresent()) continue;
            Map<String, String> parts = new LinkedHashMap<>();
            for (CourtLevel l : CourtLevel.values()) parts.put(part(l), CatalogLoader.resourceText(b.version(), l));
            store.save(RuleVersion.Kind.CATALOG, b.version(), Bundle.text("rules.catalogTitle", b.version()), b.from(), b.to(), null,
                    Bundle.text("rules.bundledNote"), parts, SYSTEM);
            store.activate(RuleVersion.Kind.CATALOG, b.version(), SYSTEM);
        }
        boolean firstStart = store.assignments().isEmpty();
        for (StaffRuleSets.BundledFile f : StaffRuleSets.bundledFiles()) {
            String text = StaffRuleSets.resourceText(f.resource());
            StaffRuleSet rules = StaffRuleSets.parse(f.resource(), new StringReader(text));
            if (store.edition(RuleVersion.Kind.STAFF_RULES, rules.version()).isPresent()) continue;
            store.save(RuleVersion.Kind.STAFF_RULES, rules.version(), rules.label(), f.from().atDay(1), null, null,
                    Bundle.text("rules.bundledNote"), Map.of("", text), SYSTEM);
            store.activate(RuleVersion.Kind.STAFF_RULES, rules.version(), SYSTEM);
            if (firstStart || f.court().isEmpty()) store.assign(f.court(), f.from(), rules.version(), SYSTEM);
        }
    }

    /**
     * The court hierarchy as stored, read once (for a command without the application's province source: a court's
     * staff rule set may be assigned to a court above it).
     */
    public static Supplier<Courts> storedCourts(javax.sql.DataSource ds) {
        return new Supplier<>() {
            private Courts courts;

            @Override
            public synchronized Courts get() {
                if (courts == null) {
                    courts = new Courts(new org.springframework.jdbc.core.JdbcTemplate(ds).query(
                            "SELECT code, name, court_level, parent_code, municipality, key_city FROM court ORDER BY seq",
                            (rs, i) -> new cn.scorecard.core.court.Court(rs.getString(1), rs.getString(2),
                                    CourtLevel.valueOf(rs.getString(3)), rs.getString(4), rs.getBoolean(5),
                                    rs.getBoolean(6))));
                }
                return courts;
            }
        };
    }

    static String part(CourtLevel level) {
        return level.name().toLowerCase(java.util.Locale.ROOT);
    }
}
