package cn.scorecard.app.admin;

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
        k.put("evaluation_run", "评估期间");
        k.put("result_run", "结果版本");
        k.put("evidence", "佐证评定");
        k.put("evidence_file", "佐证文件");
        k.put("evidence_comment", "佐证意见");
        k.put("import", "数据导入");
        k.put("staff_run", "干警考核结果");
        k.put("staff_objection", "异议");
        k.put("staff_interview", "约谈");
        k.put("staff_incident", "考核事件");
        k.put("staff_incident_file", "考核事件附件");
        k.put("veto_record", "一票否决");
        k.put("closure_quota", "结案指标");
        k.put("clerk_evaluation", "书记员季度考评");
        k.put("app_user", "用户");
        k.put("api_token", "访问令牌");
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
                    ListColumn.of("at", "时间", Row::at),
                    ListColumn.of("actor", "操作人", Row::actorLabel),
                    ListColumn.of("action", "操作", r -> r.entry().action()),
                    ListColumn.of("kind", "对象", Row::subject),
                    ListColumn.of("court", "法院", Row::court),
                    ListColumn.unsorted("before", "修改前", r -> r.entry().before()),
                    ListColumn.unsorted("after", "修改后", r -> r.entry().after())),
            r -> r.subject() + " " + r.entry().action() + " " + r.actorLabel() + " " + r.court() + " "
                    + (r.entry().before() == null ? "" : r.entry().before()) + " " + (r.entry().after() == null ? "" : r.entry().after()),
            "at", true);
}
