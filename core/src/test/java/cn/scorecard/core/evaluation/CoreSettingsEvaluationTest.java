package cn.scorecard.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.catalog.Catalog;
import cn.scorecard.core.catalog.CatalogSet;
import cn.scorecard.core.catalog.CatalogSettings;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.Petition;
import cn.scorecard.core.data.PetitionSource;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.metric.EvaluationContext;
import cn.scorecard.core.metric.MetricRegistry;
import cn.scorecard.core.metric.Period;
import cn.scorecard.core.testing.TestProvince;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The core targets, the court-level veto and the peer group come from the catalog's settings: changing the data
 * changes the result. B1 has two petitions in 2024, one concluded (执行信访案件办结率 50%); B2 has none.
 */
class CoreSettingsEvaluationTest {
    static final MetricRegistry REGISTRY = MetricRegistry.bundled();
    static final CatalogSet SET = CatalogSet.bundled(REGISTRY.ids());
    static final Period YEAR = Period.year(2024);

    final TestProvince p = new TestProvince().court("H", CourtLevel.HIGH, null).court("I1", CourtLevel.INTERMEDIATE, "H")
            .court("B1", CourtLevel.BASIC, "I1").court("B2", CourtLevel.BASIC, "I1")
            .court("H2", CourtLevel.HIGH, null).court("I2", CourtLevel.INTERMEDIATE, "H2")
            .court("B3", CourtLevel.BASIC, "I2");

    ProvinceData data() {
        int b1 = p.courtIndex("B1");
        p.petitions.add(new Petition("P1", b1, null, TestProvince.day("2024-03-01"), PetitionSource.values()[0], false,
                TestProvince.day("2024-04-01"), true, false, -1));
        p.petitions.add(new Petition("P2", b1, null, TestProvince.day("2024-05-01"), PetitionSource.values()[0], false,
                cn.scorecard.core.cases.Times.NONE, false, false, -1));
        return p.build();
    }

    static Map<CourtLevel, Catalog> catalogs(CatalogSettings settings) {
        Map<CourtLevel, Catalog> out = new EnumMap<>(CourtLevel.class);
        for (CourtLevel l : CourtLevel.values()) {
            Catalog c = SET.get("2019", l);
            out.put(l, new Catalog(c.version(), c.level(), c.title(), c.areas(), settings));
        }
        return out;
    }

    @Test
    void theCoreTargetsAreTheCatalogs() {
        ProvinceData d = data();
        int b1 = p.courtIndex("B1");
        EvaluationContext ctx = new EvaluationContext(d, YEAR);
        List<CoreIndicators.CoreValue> byDefault = new CoreIndicators(REGISTRY).compute(ctx, b1, CatalogSettings.DEFAULTS);
        assertThat(byDefault.get(2).value()).isEqualTo(0.5);
        assertThat(byDefault.get(2).target()).isEqualTo(0.9);
        assertThat(byDefault.get(2).met()).isFalse();
        CatalogSettings lower = new CatalogSettings(List.of(0.9, 0.9, 0.5, 0.7), false, CatalogSettings.PeerGroup.PROVINCE);
        List<CoreIndicators.CoreValue> changed = new CoreIndicators(REGISTRY).compute(ctx, b1, lower);
        assertThat(changed.get(2).met()).isTrue();
        assertThat(changed.get(3).target()).isEqualTo(0.7);
    }

    @Test
    void theCourtLevelVetoIsOffByDefaultAndASettingWhenOn() {
        ProvinceData d = data();
        Evaluator evaluator = new Evaluator(REGISTRY);
        EvaluationResult off = evaluator.evaluate(d, catalogs(CatalogSettings.DEFAULTS), YEAR);
        assertThat(off.court("B1").veto()).isNull();
        assertThat(off.court("B1").total()).isPositive();

        CatalogSettings veto = new CatalogSettings(List.of(0.9, 0.9, 0.9, 0.8), true, CatalogSettings.PeerGroup.PROVINCE);
        EvaluationResult on = evaluator.evaluate(d, catalogs(veto), YEAR);
        assertThat(on.court("B1").total()).isZero();
        assertThat(on.court("B1").veto()).contains("执行信访案件办结率 50.0%").contains("未达到 90%");
        assertThat(on.court("B2").veto()).isNull(); // no petitions: nothing measured, nothing missed
        assertThat(on.court("B2").total()).isEqualTo(off.court("B2").total());
        // the intermediate court's 所辖法院均值 counts the vetoed court's 0
        assertThat(on.court("I1").total()).isLessThan(off.court("I1").total());

        CatalogSettings vetoAtHalf = new CatalogSettings(List.of(0.9, 0.9, 0.5, 0.8), true, CatalogSettings.PeerGroup.PROVINCE);
        assertThat(evaluator.evaluate(d, catalogs(vetoAtHalf), YEAR).court("B1").veto()).isNull();
    }

    @Test
    void thePeerGroupIsTheProvinceByDefaultOrNational() {
        var courts = data().courts();
        Catalog province = catalogs(CatalogSettings.DEFAULTS).get(CourtLevel.BASIC);
        Catalog national = catalogs(new CatalogSettings(List.of(0.9, 0.9, 0.9, 0.8), false,
                CatalogSettings.PeerGroup.NATIONAL)).get(CourtLevel.BASIC);
        String b1 = Evaluator.PeerRanges.group(courts, p.courtIndex("B1"), province);
        assertThat(Evaluator.PeerRanges.group(courts, p.courtIndex("B2"), province)).isEqualTo(b1);
        assertThat(Evaluator.PeerRanges.group(courts, p.courtIndex("B3"), province)).isNotEqualTo(b1);
        assertThat(Evaluator.PeerRanges.group(courts, p.courtIndex("B3"), national))
                .isEqualTo(Evaluator.PeerRanges.group(courts, p.courtIndex("B1"), national));
    }
}
