package cn.scorecard.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.scorecard.core.court.CourtLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalog's settings block: the core targets, the court-level veto and the peer group, read as data. */
class CatalogSettingsTest {
    static final String BASIC = CatalogLoader.resourceText("2019", CourtLevel.BASIC);

    @Test
    void theBundledCatalogsStateTheDefaults() {
        for (CourtLevel l : CourtLevel.values()) {
            assertThat(CatalogLoader.loadResource("2019", l, KnownMetrics.ALL).settings()).isEqualTo(CatalogSettings.DEFAULTS);
        }
        assertThat(CatalogSettings.DEFAULTS.coreVeto()).isFalse();
        assertThat(CatalogSettings.DEFAULTS.coreTargets()).containsExactly(0.9, 0.9, 0.9, 0.8);
        assertThat(CatalogSettings.DEFAULTS.peerGroup()).isEqualTo(CatalogSettings.PeerGroup.PROVINCE);
    }

    @Test
    void changedSettingsAreReadAndBadOnesNameTheField() {
        Catalog c = CatalogLoader.parse("x.yaml", BASIC.replace("petitions: 0.9", "petitions: 0.5")
                .replace("coreVeto: false", "coreVeto: true").replace("peerGroup: PROVINCE", "peerGroup: NATIONAL"),
                KnownMetrics.ALL);
        assertThat(c.settings()).isEqualTo(new CatalogSettings(List.of(0.9, 0.9, 0.5, 0.8), true,
                CatalogSettings.PeerGroup.NATIONAL));
        assertThatThrownBy(() -> CatalogLoader.parse("x.yaml", BASIC.replace("petitions: 0.9", "petitions: 90"),
                KnownMetrics.ALL)).hasMessageContaining("settings.coreTargets.petitions").hasMessageContaining("90");
        assertThatThrownBy(() -> CatalogLoader.parse("x.yaml", BASIC.replace("peerGroup: PROVINCE", "peerGroup: CITY"),
                KnownMetrics.ALL)).hasMessageContaining("settings.peerGroup");
        assertThatThrownBy(() -> CatalogLoader.parse("x.yaml", BASIC.replace("coreVeto: false", "coreVeto: false\n  vetoAll: 1"),
                KnownMetrics.ALL)).hasMessageContaining("vetoAll");
    }

    @Test
    void theThresholdsOfMostAndMajorityAreSettingsTheNodesName() {
        Catalog bundled = CatalogLoader.parse("x.yaml", BASIC, KnownMetrics.ALL);
        // B3.01.8 大部分督办事项期限内办结: target 大部分 = 0.7; B3.01.9 绝大部分涉执舆情办结: 绝大部分 = 0.9
        assertThat(bundled.find("B3.01.8").scoring().target()).isEqualTo(0.7);
        assertThat(bundled.find("B3.01.9").scoring().target()).isEqualTo(0.9);
        Catalog changed = CatalogLoader.parse("x.yaml", BASIC.replace("大部分: 0.7}", "大部分: 0.6}")
                .replace("{绝大部分: 0.9,", "{绝大部分: 0.95,"), KnownMetrics.ALL);
        assertThat(changed.find("B3.01.8").scoring().target()).isEqualTo(0.6);
        assertThat(changed.find("B3.01.9").scoring().target()).isEqualTo(0.95);
        assertThatThrownBy(() -> CatalogLoader.parse("x.yaml", BASIC.replaceFirst("target: 大部分", "target: 小部分"),
                KnownMetrics.ALL)).hasMessageContaining("小部分").hasMessageContaining("settings.thresholds");
    }
}
