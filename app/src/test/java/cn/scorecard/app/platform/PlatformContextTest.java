package cn.scorecard.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.platform.importing.ImportListener;
import cn.scorecard.app.platform.importing.ImportReport;
import cn.scorecard.app.platform.importing.ImportService;
import cn.scorecard.app.platform.runs.ResultRuns;
import cn.scorecard.app.platform.runs.RunKind;
import cn.scorecard.app.platform.runs.RunPeriod;
import cn.scorecard.app.platform.store.CasesFrom;
import cn.scorecard.app.platform.store.JdbcProvinceSource;
import cn.scorecard.app.platform.store.ProvinceLoader;
import cn.scorecard.app.platform.store.Vendor;
import java.sql.Connection;
import cn.scorecard.app.platform.templates.TemplateService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The data platform inside the application: Flyway migrates, the demo loader fills the empty database on
 * start, the province source reads it and reloads after an import. Run on H2 and on PostgreSQL (one Spring
 * context each).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "scorecard.demo.cases=3000", "scorecard.demo.intermediate-courts=1", "scorecard.demo.basic-courts=2"})
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
abstract class PlatformContextTest {
    @Autowired
    ProvinceSource province;
    @Autowired
    StaffInputsSource staffInputs;
    @Autowired
    ImportService imports;
    @Autowired
    ResultRuns runs;
    @Autowired
    TemplateService templates;
    @Autowired
    JdbcProvinceSource source;
    @Autowired
    javax.sql.DataSource dataSource;

    static void database(DynamicPropertyRegistry registry, Vendor vendor) {
        TestDb db = TestDatabases.empty(vendor);
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
    }

    @Test
    @org.junit.jupiter.api.Order(1) // sees the database as the demo loader left it
    void demoLoadedOnFirstStartReadBackAndReloadedAfterAnImport() throws java.sql.SQLException {
        assertThat(province.current().courts().size()).isEqualTo(4);
        assertThat(province.current().cases().size()).isEqualTo(3000);
        long version = province.version();
        String fingerprint = province.fingerprint();
        assertThat(fingerprint).hasSize(16);
        assertThat(staffInputs.current().quotas()).isNotEmpty();
        assertThat(staffInputs.version()).isEqualTo(version);
        // the demo's import handed its cases over (no read back), and they are what a read of the rows gives
        assertThat(source.loads(CasesFrom.MEMORY)).isPositive();
        assertThat(source.loads(CasesFrom.DATABASE)).as("at most the empty database's read").isLessThanOrEqualTo(1);
        long reads = source.loads(CasesFrom.DATABASE);
        try (Connection c = dataSource.getConnection()) {
            assertThat(fingerprint).isEqualTo(ProvinceLoader.load(c).fingerprint());
        }

        List<Long> progress = new ArrayList<>();
        Path file = Files2.csv("案件.csv", "法院代码,案号,立案日期", "江0102,（2026）江0102执1号,2026-01-05");
        ImportReport r = imports.importFiles(List.of(file), "测试", (done, total) -> progress.add(done));
        assertThat(r.accepted()).as(r.summary(10)).isTrue();
        assertThat(progress).isNotEmpty().last().isEqualTo(1L);
        assertThat(province.version()).isEqualTo(version + 1);
        assertThat(province.current().cases().size()).isEqualTo(3001);
        assertThat(source.loads(CasesFrom.DATABASE)).as("a later import is read back").isEqualTo(reads + 1);
        assertThat(province.fingerprint()).isNotEqualTo(fingerprint);
        assertThat(imports.recentImports(5)).first().satisfies(e -> {
            assertThat(e.accepted()).isTrue();
            assertThat(e.actor()).isEqualTo("测试");
        });

        ImportReport rejected = imports.importFiles(List.of(Files2.csv("案件.csv", "法院代码,案号,立案日期",
                "江0102,（2026）江0102执2号,2026-02-30")), "测试", ImportListener.NONE);
        assertThat(rejected.accepted()).isFalse();
        assertThat(province.version()).isEqualTo(version + 1);
        assertThat(imports.recentImports(1).get(0).accepted()).isFalse();
    }

    @Test
    void uploadsAreImportedUnderTheirNames() throws java.io.IOException {
        java.util.Map<String, java.io.InputStream> files = new java.util.LinkedHashMap<>();
        files.put("../../案件.csv", new java.io.ByteArrayInputStream(
                "法院代码,案号,立案日期\n江0102,（2026）江0102执5号,2026-01-06\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        ImportReport r = imports.importUploads(files, "上传", ImportListener.NONE);
        assertThat(r.accepted()).as(r.summary(5)).isTrue();
        assertThat(r.tables()).containsExactly("案件.csv");
    }

    @Test
    void beansForTheWebLayer() {
        assertThat(runs.saveDraft(RunKind.EVALUATION, "", RunPeriod.year(2025), "2019", province.fingerprint(), "{}", null, "测试")
                .versionNo()).isPositive();
        assertThat(templates.types()).isNotEmpty();
    }
}
