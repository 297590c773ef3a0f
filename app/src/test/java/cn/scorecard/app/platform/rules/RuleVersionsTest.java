package cn.scorecard.app.platform.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.scorecard.app.platform.TestDatabases;
import cn.scorecard.app.platform.store.Vendor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RuleVersionsTest {
    @ParameterizedTest
    @EnumSource(Vendor.class)
    void versionsAreKeptVerbatimAndNeverOverwritten(Vendor vendor) {
        RuleVersions rules = new RuleVersions(TestDatabases.fresh(vendor).dataSource());
        rules.save(RuleVersion.Kind.STAFF_RULES, "宛法〔2023〕127号", "version: 宛法〔2023〕127号\n", "考核办");
        assertThat(rules.get(RuleVersion.Kind.STAFF_RULES, "宛法〔2023〕127号")).get()
                .extracting(RuleVersion::content).isEqualTo("version: 宛法〔2023〕127号\n");
        assertThatThrownBy(() -> rules.save(RuleVersion.Kind.STAFF_RULES, "宛法〔2023〕127号", "changed", "x"))
                .isInstanceOf(IllegalStateException.class);
        rules.save(RuleVersion.Kind.CATALOG, "2019/high", "code: H\n", "审管办");
        assertThat(rules.list(RuleVersion.Kind.CATALOG)).extracting(RuleVersion::version).containsExactly("2019/high");
        assertThat(rules.get(RuleVersion.Kind.CATALOG, "2020/high")).isEmpty();
    }
}
