package cn.scorecard.app.platform.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.platform.TestData;
import cn.scorecard.app.platform.TestDatabases;
import cn.scorecard.app.platform.TestDb;
import cn.scorecard.app.platform.TestFiles;
import cn.scorecard.app.platform.store.ProvinceLoader;
import cn.scorecard.app.platform.store.Snapshot;
import cn.scorecard.app.platform.store.Vendor;
import cn.scorecard.core.catalog.CatalogSet;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.demo.ForeignLayout;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.EvaluationResult;
import cn.scorecard.core.evaluation.Evaluator;
import cn.scorecard.core.metric.MetricRegistry;
import cn.scorecard.core.metric.Period;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 14, point 5: the small demo province written in the foreign case-flow layout, imported through the
 * profile stored in the database, holds the same rows as the demo in our format (same fingerprint) and
 * evaluates to the same totals. The 流程节点 rows of our files are put in the export's order first (the
 * fingerprint covers row order, see {@link ForeignLayout#exportOrder}).
 */
class ForeignDemoImportTest {
    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theForeignLayoutImportsAsTheSameDataInOurFormat(Vendor vendor) throws Exception {
        Path foreign = TestFiles.dir("foreign");
        ForeignLayout.write(TestData.demoDir(), foreign);
        Path ours = TestData.demoCopy();
        ForeignLayout.exportOrder(ours);

        TestDb a = TestDatabases.fresh(vendor);
        ImportProfiles profiles = new ImportProfiles(a.dataSource());
        profiles.save(Files.readString(foreign.resolve(ForeignLayout.PROFILE), StandardCharsets.UTF_8), "测试");
        ImportReport viaProfile = Imported.importer(a).run(List.of(foreign),
                profiles.latest(ForeignLayout.PROFILE_NAME).orElseThrow().profile(), "测试", ImportListener.NONE);
        assertThat(viaProfile.accepted()).as(viaProfile.summary(20)).isTrue();
        assertThat(viaProfile.tables()).anyMatch(t -> t.contains(ForeignLayout.WORKBOOK) && t.contains(ForeignLayout.PROFILE_NAME));

        TestDb b = TestDatabases.fresh(vendor);
        ImportReport direct = Imported.run(b, ours);
        assertThat(direct.accepted()).as(direct.summary(20)).isTrue();

        Snapshot sa = snapshot(a);
        Snapshot sb = snapshot(b);
        assertThat(sa.province().cases().size()).isEqualTo(4_000);
        assertThat(sa.fingerprint()).isEqualTo(sb.fingerprint());
        assertThat(viaProfile.written()).isEqualTo(direct.written());
        Map<String, Double> totalsA = totals(sa);
        assertThat(totalsA).isEqualTo(totals(sb)).isNotEmpty();
        assertThat(totalsA.values()).anyMatch(t -> t != null && t > 0);
    }

    private static Snapshot snapshot(TestDb db) throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            return ProvinceLoader.load(c);
        }
    }

    private static Map<String, Double> totals(Snapshot s) {
        MetricRegistry registry = MetricRegistry.bundled();
        CatalogSet catalogs = CatalogSet.bundled(registry.ids());
        Map<CourtLevel, cn.scorecard.core.catalog.Catalog> latest = new EnumMap<>(CourtLevel.class);
        for (CourtLevel l : CourtLevel.values()) latest.put(l, catalogs.latest(l));
        EvaluationResult r = new Evaluator(registry).evaluate(s.province(), latest, Period.year(2025));
        Map<String, Double> out = new java.util.TreeMap<>();
        for (CourtResult c : r.courts()) out.put(c.court().code(), c.total());
        return out;
    }
}
