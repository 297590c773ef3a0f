package cn.scorecard.app.platform.templates;

import cn.scorecard.app.messages.Bundle;
import java.util.List;

/**
 * A record type offered as an import template.
 *
 * @param name     the type's name, also the sheet name and the file name without extension (案件, 考核事件 …)
 * @param headers  the header row
 * @param required the headers that must be filled
 * @param example  one example row, cell by cell under the headers
 */
public record TemplateType(String name, List<String> headers, List<String> required, List<String> example) {
    public TemplateType {
        headers = List.copyOf(headers);
        required = List.copyOf(required);
        example = List.copyOf(example);
        if (example.size() != headers.size()) throw new IllegalArgumentException(Bundle.text("templates.error.columns", name));
    }

    public String csvFileName() {
        return name + ".csv";
    }

    public String xlsxFileName() {
        return name + ".xlsx";
    }
}
