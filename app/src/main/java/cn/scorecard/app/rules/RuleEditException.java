package cn.scorecard.app.rules;

import cn.scorecard.app.web.Messages;
/**
 * A proposed rule version that cannot be used, naming the node (indicator code or rule item) and the field, so
 * that the form can mark the input and an uploaded file's author can find the line.
 */
class RuleEditException extends IllegalArgumentException {
    private final String node;
    private final String field;

    RuleEditException(String node, String field, String problem) {
        super(node == null ? problem : field == null ? Messages.text("rules.error.atNode", node, problem)
                : Messages.text("rules.error.atNodeField", node, field, problem));
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
