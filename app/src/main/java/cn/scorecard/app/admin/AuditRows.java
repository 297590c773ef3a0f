package cn.scorecard.app.admin;

import cn.scorecard.app.web.Messages;
import cn.scorecard.app.audit.AuditLog.AuditEntry;
import cn.scorecard.app.web.ListColumn;
import cn.scorecard.app.web.ListSpec;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit log as people read it: what an entry is about in Chinese (评估期间 3, 异议 1 — not result_run 3), the
 * court by name, the actor by name; and the list's columns (search, sort, export).
 */
final class AuditRows {
    /** The kinds of entries, in the order of the filter, with their Chinese names (docs/glossary.md). */
    static final Map<String, String> KINDS = kinds();

    private AuditRows() {
    }

    private static Map<String, String> kinds() {
        Map<String, String> k = new LinkedHashMap<>();
        for (String entity : List.of("evaluation_run", "result_run", "evidence", "evidence_file", "evidence_comment", "import",
                "staff_run", "staff_objection", "staff_interview", "staff_incident", "staff_incident_file", "veto_record",
                "closure_quota", "clerk_evaluation", "app_user", "api_token")) {
            k.put(entity, Messages.text("audit.kind." + entity));
        }
        return k;
    }

    /** One entry with its names. */
    record Row(AuditEntry entry, String kind, String courtName, String actorName) {
        public LocalDateTime at() {
            return entry.at();
        }

        /** “评估期间 3”, “异议 1”, “佐证评定 江0102/2025/B1.01.1”. */
        public String subject() {
            return entry.entityKey() == null ? kind : kind + " " + entry.entityKey();
        }

        public String actorLabel() {
            return actorName == null || actorName.equals(entry.actor()) ? entry.actor() : actorName + "（" + entry.actor() + "）";
        }

        public String court() {
            return courtName == null ? (entry.courtCode() == null ? "" : entry.courtCode()) : courtName;
        }
    }

    static String kind(String entity) {
        return entity == null ? "" : KINDS.getOrDefault(entity, entity);
    }

    static final ListSpec<Row> LIST = ListSpec.of(List.of(
                    ListColumn.of("at", Messages.text("audit.column.at"), Row::at),
                    ListColumn.of("actor", Messages.text("audit.column.actor"), Row::actorLabel),
                    ListColumn.of("action", Messages.text("audit.column.action"), r -> r.entry().action()),
                    ListColumn.of("kind", Messages.text("audit.column.kind"), Row::subject),
                    ListColumn.of("court", Messages.text("audit.column.court"), Row::court),
                    ListColumn.unsorted("before", Messages.text("audit.column.before"), r -> r.entry().before()),
                    ListColumn.unsorted("after", Messages.text("audit.column.after"), r -> r.entry().after())),
            r -> r.subject() + " " + r.entry().action() + " " + r.actorLabel() + " " + r.court() + " "
                    + (r.entry().before() == null ? "" : r.entry().before()) + " " + (r.entry().after() == null ? "" : r.entry().after()),
            "at", true);
}
