package cn.scorecard.app.platform.templates;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.platform.TestDatabases;
import cn.scorecard.app.platform.TestDb;
import cn.scorecard.app.platform.importing.ImportListener;
import cn.scorecard.app.platform.importing.ImportReport;
import cn.scorecard.app.platform.importing.Importer;
import cn.scorecard.app.platform.store.Vendor;
import cn.scorecard.core.io.RecordType;
import cn.scorecard.core.io.TableInput;
import cn.scorecard.core.io.XlsxWorkbook;
import cn.scorecard.core.staff.StaffRuleSets;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every template has the type's headers and an example row, and the examples import together. */
class TemplateServiceTest {
    private final TemplateService templates = new TemplateService(cn.scorecard.core.staff.StaffRuleSets.bundled());

    @Test
    void oneTemplatePerRecordTypeAndStaffInput() {
        assertThat(templates.types()).hasSize(RecordType.values().length);
        cn.scorecard.core.staff.StaffRuleSet rules = cn.scorecard.core.staff.StaffRuleSets.bundled();
        for (RecordType t : RecordType.values()) assertThat(templates.type(t.fileName()).headers()).isEqualTo(t.headers(rules));
        assertThat(templates.type("书记员季度考评.xlsx").headers()).contains("服务态度", "网络信息填报");
        assertThat(templates.types()).allSatisfy(t -> assertThat(String.join("", t.example())).isNotEmpty());
    }

    @Test
    void csvTemplatesImportTogether(@TempDir Path dir) throws IOException {
        for (TemplateType t : templates.types()) {
            try (OutputStream out = Files.newOutputStream(dir.resolve(t.csvFileName()))) {
                templates.writeCsv(t, out);
            }
        }
        // the clerk evaluation's example needs a clerk next to the example judge
        Files.writeString(dir.resolve("人员.csv"), "R41-002,王丽,R41,书记员,执行第1团队,,,,,\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(Files.readString(dir.resolve("案件.csv"))).startsWith("\uFEFF法院代码,案号,立案日期");
        assertImports(dir);
    }

    @Test
    void workbookTemplatesImportTogether(@TempDir Path dir) throws IOException {
        List<TemplateType> sheets = new ArrayList<>(templates.types());
        Path file = dir.resolve("模板.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            templates.writeXlsx(sheets, out);
        }
        List<TableInput> read = XlsxWorkbook.sheets(file);
        assertThat(read).extracting(TableInput::sheet).containsExactlyElementsOf(sheets.stream().map(TemplateType::name).toList());
        // the clerk: the same one extra row, here as its own one-sheet workbook named after the type
        Path clerk = dir.resolve("extra");
        Files.createDirectories(clerk);
        TemplateType staff = templates.type("人员");
        try (OutputStream out = Files.newOutputStream(clerk.resolve("人员.xlsx"))) {
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "t", "1.0");
            org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Sheet1");
            List<String> row = List.of("R41-002", "王丽", "R41", "书记员", "执行第1团队", "", "", "", "", "");
            for (int c = 0; c < staff.headers().size(); c++) {
                ws.value(0, c, staff.headers().get(c));
                ws.value(1, c, row.get(c));
            }
            wb.finish();
        }
        TestDb db = TestDatabases.fresh(Vendor.H2);
        ImportReport r = new Importer(db.dataSource(), StaffRuleSets.bundled())
                .run(List.of(file, clerk.resolve("人员.xlsx")), "测试", ImportListener.NONE);
        assertThat(r.accepted()).as(r.summary(30)).isTrue();
        assertThat(r.written()).containsEntry("人员", 2L).containsEntry("书记员季度考评", 1L).containsEntry("流程节点", 1L);
    }

    private static void assertImports(Path dir) {
        TestDb db = TestDatabases.fresh(Vendor.H2);
        ImportReport r = new Importer(db.dataSource(), StaffRuleSets.bundled()).run(List.of(dir), "测试", ImportListener.NONE);
        assertThat(r.accepted()).as(r.summary(30)).isTrue();
        assertThat(r.written()).hasSize(16);
    }
}
