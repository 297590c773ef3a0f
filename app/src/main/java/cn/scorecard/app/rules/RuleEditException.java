package cn.scorecard.app.rules;

/**
 * A proposed rule version that cannot be used, naming the node (indicator code or rule item) and the field, so
 * that the form can mark the input and an uploaded file's author can find the line.
 */
class RuleEditException extends IllegalArgumentException {
    private final String node;
    private final String field;

    RuleEditException(String node, String field, String problem) {
        super((node == null ? "" : "节点 " + node + (field == null ? "" : "，字段 " + field) + "：") + problem);
        this.node = node;
        this.field = field;
    }

    String node() {
        return node;
    }

    String field() {
        return field;
    }
}
