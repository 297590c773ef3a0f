package cn.scorecard.app.platform.templates;

import cn.scorecard.app.messages.Bundle;
import cn.scorecard.core.io.RecordType;
import cn.scorecard.core.io.SafeCsv;
import cn.scorecard.core.staff.StaffRuleSet;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;

/**
 * Downloadable import templates: for every record type (the data files and the staff-assessment inputs) a
 * .csv (UTF-8 with BOM, so Excel shows the Chinese) or an .xlsx with one sheet named like the type, each with
 * the header row and one example row. Every cell of the workbook is text, so that Excel keeps 2024-03-01 and
 * 案号 as written.
 */
@Service
public class TemplateService {
    private final java.util.function.Supplier<StaffRuleSet> rules;
    private volatile List<TemplateType> types;

    /** The templates of the rule set assigned to every court (its clerk evaluation parts are columns). */
    @org.springframework.beans.factory.annotation.Autowired
    public TemplateService(cn.scorecard.app.platform.rules.RuleBookService book) {
        this.rules = book::defaultStaffRules;
    }

    public TemplateService(StaffRuleSet rules) {
        this.rules = () -> rules;
    }

    private static List<TemplateType> build(StaffRuleSet rules) {
        List<TemplateType> all = new ArrayList<>();
        for (RecordType t : RecordType.values()) {
            List<String> headers = t.headers(rules);
            List<String> required = headers.stream().filter(h -> t.isRequired(h, rules)).toList();
            all.add(type(t.label(), headers, required));
        }
        return List.copyOf(all);
    }

    private static TemplateType type(String name, List<String> headers, List<String> required) {
        Map<String, String> example = TemplateExamples.ROWS.getOrDefault(name, Map.of());
        return new TemplateType(name, headers, required, headers.stream().map(h -> example.getOrDefault(h, "")).toList());
    }

    /** Every template, data files first (in import order), then the staff-assessment inputs. */
    public List<TemplateType> types() {
        List<TemplateType> t = types;
        if (t == null) types = t = build(rules.get());
        return t;
    }

    /** The template of a type by name (案件, 案件.csv or 案件.xlsx). */
    public TemplateType type(String name) {
        String base = name.replaceFirst("\\.(csv|xlsx)$", "");
        return types().stream().filter(t -> t.name().equals(base)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(Bundle.text("templates.error.unknown", name)));
    }

    public void writeCsv(TemplateType type, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\uFEFF');
        SafeCsv.to(w, type.headers()).row(type.example()).flush(); // not closed: the stream belongs to the caller
    }

    /** A workbook with one sheet per given type (one type: that template; all types: every template). */
    public void writeXlsx(List<TemplateType> sheets, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, Bundle.text("app.name"), "1.0");
        for (TemplateType type : sheets) {
            Worksheet ws = wb.newWorksheet(type.name());
            for (int c = 0; c < type.headers().size(); c++) {
                String header = type.headers().get(c);
                ws.value(0, c, header);
                ws.style(0, c).bold().fillColor(type.required().contains(header) ? "FCE4D6" : "DDEBF7").set();
                ws.value(1, c, type.example().get(c));
                ws.width(c, Math.max(10, Math.max(header.length(), type.example().get(c).length()) * 2.2));
            }
        }
        wb.finish();
    }
}
