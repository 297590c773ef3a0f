package cn.scorecard.app.upload;

import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.io.RecordType;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of the mapping screen: per foreign table its record type, per source column the target (suggested
 * at first, then as the user chose), a date format where the samples are not dates of ours, and the values
 * outside a vocabulary with the value picked for each. Read from the form of the page, so every preview keeps
 * the user's choices; {@link ProfileBuilder} makes the profile of it.
 */
record MappingScreen(String name, List<Source> sources) {
    /** Date writings tried on the samples of a date column, in this order. */
    static final List<String> DATE_CANDIDATES = List.of("yyyyMMdd", "yyyyMMdd HH:mm", "yyyyMMddHHmm", "yyyy.M.d",
            "yyyy.M.d H:mm", "yyyy-M-d", "yyyy-M-d H:mm", "yyyy/M/d H:mm:ss", "d/M/yyyy");

    record Column(int index, String header, List<String> samples, String target, String suggested, String score,
                  String date, boolean required) {
        public boolean mapped() {
            return !target.isEmpty();
        }

        /** Whether the target takes a date or time (the format field matters then). */
        public boolean dateLike() {
            return Vocabularies.isDate(target) || target.startsWith(Suggestions.STEP);
        }
    }

    record Value(int column, int index, String header, String target, String raw, String picked,
                 List<Vocabularies.Option> options) {
    }

    record Source(int index, SourceScan scan, RecordType type, List<Column> columns, List<Value> values,
                  List<String> missing, List<Vocabularies.Option> targets) {
        public String where() {
            return scan.where();
        }
    }

    /** The screen for the scanned tables, with the user's choices of the form (empty: the suggestions). */
    static MappingScreen of(List<SourceScan> scans, Map<String, String> form, List<String[]> courts) {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < scans.size(); i++) sources.add(source(i, scans.get(i), form, courts));
        String name = form.getOrDefault("name", "").strip();
        if (name.isEmpty() && !scans.isEmpty()) {
            name = scans.get(0).table().file().replaceAll("\\.(xlsx|csv)$", "").replaceAll("\\d+", "").strip();
        }
        return new MappingScreen(name, sources);
    }

    private static Source source(int i, SourceScan scan, Map<String, String> form, List<String[]> courts) {
        String p = "s" + i + ".";
        RecordType type = RecordType.byName(form.getOrDefault(p + "type", ""));
        // a type changed on the form starts from the suggestions for the new type
        boolean chosen = type != null && form.getOrDefault(p + "shown", "").equals(type.label());
        if (type == null) type = Suggestions.type(scan.headers());
        List<Column> columns = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        for (int j = 0; j < scan.headers().size(); j++) {
            String header = scan.headers().get(j);
            if (header.isEmpty()) continue;
            Suggestions.Suggestion s = Suggestions.suggest(header, type);
            String target = chosen ? form.getOrDefault(p + "c" + j, "")
                    : s == null ? "" : s.target();
            List<String> samples = scan.samples().get(j);
            String date = chosen && form.containsKey(p + "d" + j) ? form.get(p + "d" + j).strip()
                    : Vocabularies.isDate(target) || target.startsWith(Suggestions.STEP) ? dateFormat(samples) : "";
            columns.add(new Column(j, header, samples, target, s == null ? "" : s.target(),
                    s == null ? "" : Formats.wholePercent(s.score()), date, false));
            if (Vocabularies.hasVocabulary(target)) {
                int k = 0;
                for (String raw : scan.distinct().get(j)) {
                    if (Vocabularies.accepts(target, raw, courts)) continue;
                    String picked = picked(form, p, j, raw);
                    values.add(new Value(j, k++, header, target, raw, picked, Vocabularies.options(target, courts)));
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (String h : type.headers()) {
            if (type.isRequired(h, null) && columns.stream().noneMatch(c -> c.target().equals(h))) missing.add(h);
        }
        return new Source(i, scan, type, columns, values, missing, targets(type));
    }

    /** The value picked for a raw value: the form sends each pick with its raw value beside it. */
    private static String picked(Map<String, String> form, String p, int j, String raw) {
        for (int k = 0; form.containsKey(p + "r" + j + "." + k); k++) {
            if (form.get(p + "r" + j + "." + k).equals(raw)) return form.getOrDefault(p + "v" + j + "." + k, "");
        }
        return "";
    }

    private static List<Vocabularies.Option> targets(RecordType type) {
        List<Vocabularies.Option> out = new ArrayList<>();
        out.add(new Vocabularies.Option("", Messages.text("mapping.target.none")));
        for (String h : type.headers()) out.add(new Vocabularies.Option(h, h + (type.isRequired(h, null) ? " *" : "")));
        if (type == RecordType.CASES) {
            for (StepType s : StepType.values()) out.add(new Vocabularies.Option(Suggestions.STEP + s.label(), Messages.text("mapping.target.step", s.label())));
        }
        return out;
    }

    /** The first candidate that reads every sample, or empty when they are dates of ours already (or none fits). */
    static String dateFormat(List<String> samples) {
        if (samples.isEmpty() || samples.stream().allMatch(Vocabularies::isOurDate)) return "";
        for (String pattern : DATE_CANDIDATES) {
            DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern.replace('y', 'u')).withResolverStyle(ResolverStyle.STRICT);
            boolean all = true;
            for (String s : samples) {
                if (Vocabularies.isOurDate(s)) continue;
                try {
                    f.parseBest(s, java.time.LocalDateTime::from, java.time.LocalDate::from);
                } catch (DateTimeParseException e) {
                    all = false;
                    break;
                }
            }
            if (all) return pattern;
        }
        return "";
    }

    /** Picks per column index, only those made. */
    static Map<Integer, Map<String, String>> picks(Source s) {
        Map<Integer, Map<String, String>> out = new LinkedHashMap<>();
        for (Value v : s.values()) {
            if (!v.picked().isEmpty()) out.computeIfAbsent(v.column(), k -> new LinkedHashMap<>()).put(v.raw(), v.picked());
        }
        return out;
    }
}
