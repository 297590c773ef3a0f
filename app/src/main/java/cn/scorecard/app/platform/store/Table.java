package cn.scorecard.app.platform.store;

import java.util.List;

/** A table of enforcement data or staff inputs: its columns in the order rows are written and read, and its key. */
public enum Table {
    HOLIDAY("holiday", List.of("holiday_on"), "holiday_on", "off_day", "name", "seq"),
    COURT("court", List.of("code"), "code", "name", "court_level", "parent_code", "municipality", "key_city", "seq"),
    STAFF("staff", List.of("code"), "code", "name", "court_code", "role", "team", "birth_date",
            "political_establishment", "enforcement_bureau", "joined_on", "left_on", "seq"),
    CASE("enforcement_case", List.of("court_code", "case_number"), "court_code", "case_number", "case_type",
            "filed_on", "closed_on", "closing_method", "category", "applied_fen", "delivered_fen", "judge_code",
            "assistant_code", "clerk_code", "whereabouts_unknown", "dishonest_not_applicable", "outside_system", "seq",
            "case_id"),
    STEP("case_step", List.of("seq"), "seq", "case_id", "step",
            "at_time", "end_time", "flag", "amount_fen", "note"),
    REVIEW("termination_override", List.of("court_code", "case_number"), "court_code", "case_number", "compliant",
            "reason", "assessor", "seq"),
    PETITION("petition", List.of("court_code", "petition_id"), "court_code", "petition_id", "registered_on",
            "source", "case_number", "to_beijing", "concluded_on", "resolved", "caused_by_misconduct", "staff_code",
            "seq"),
    MATTER("matter", List.of("court_code", "matter_id"), "court_code", "matter_id", "matter_type", "received_on",
            "deadline_on", "done_on", "case_number", "staff_code", "seq"),
    COMPENSATION("state_compensation", List.of("court_code", "case_number"), "court_code", "case_number",
            "decided_on", "caused_by_enforcement", "staff_code", "seq"),
    DISCIPLINE("discipline", List.of("court_code", "staff_code", "happened_on", "kind"), "court_code", "staff_code",
            "happened_on", "kind", "caused_by_enforcement", "seq"),
    EVIDENCE("evidence", List.of("court_code", "report_year", "indicator_code"), "court_code", "report_year", "indicator_code",
            "status", "count_value", "partial_score", "reason", "attachment", "seq"),
    STATISTIC("court_statistic", List.of("court_code", "report_year", "item"), "court_code", "report_year", "item", "item_value",
            "source", "seq"),
    INCIDENT("staff_incident", List.of("event_id"), "event_id", "staff_code", "happened_on", "kind_code",
            "case_number", "count_value", "note", "recorder", "seq"),
    QUOTA("closure_quota", List.of("staff_code", "month_key"), "staff_code", "month_key", "quota", "seq"),
    VETO("veto_record", List.of("staff_code", "happened_on", "condition_code"), "staff_code", "happened_on",
            "condition_code", "veto_id", "note", "seq"),
    CLERK_EVALUATION("clerk_evaluation", List.of("staff_code", "eval_year", "quarter_no"), "staff_code", "eval_year", "quarter_no",
            "parts", "seq");

    private final String sqlName;
    private final List<String> keys;
    private final List<String> columns;

    Table(String sqlName, List<String> keys, String... columns) {
        this.sqlName = sqlName;
        this.keys = keys;
        this.columns = List.of(columns);
    }

    public String sqlName() {
        return sqlName;
    }

    public List<String> keys() {
        return keys;
    }

    public List<String> columns() {
        return columns;
    }

    /** Columns that are not part of the key (those an update sets). */
    public List<String> valueColumns() {
        return columns.stream().filter(c -> !keys.contains(c)).toList();
    }

    public String columnList() {
        return String.join(", ", columns);
    }

    /** SELECT of all columns in file order. */
    public String selectAll() {
        return "SELECT " + columnList() + " FROM " + sqlName + " ORDER BY seq";
    }
}
