package cn.scorecard.core.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.scorecard.core.deadline.DeadlineRules;
import cn.scorecard.core.deadline.Horizon;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The horizons are data: a court changes them in rules/deadlines.yaml, and mistakes are reported at load. */
class WarningSettingsTest {
    private static String bundledText() throws IOException {
        try (InputStream in = DeadlineRules.class.getResourceAsStream("/rules/deadlines.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static DeadlineRules load(String yaml) {
        return DeadlineRules.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "court.yaml");
    }

    @Test
    void theBundledHorizonsAreThreeDaysTwoWorkingDaysTwelveHoursAndThirtyDays() {
        var s = DeadlineRules.bundled().warnings();
        assertThat(s.days()).isEqualTo(new Horizon(3, Horizon.Unit.DAYS));
        assertThat(s.workdays()).isEqualTo(new Horizon(2, Horizon.Unit.WORKDAYS));
        assertThat(s.hours()).isEqualTo(new Horizon(12, Horizon.Unit.HOURS));
        assertThat(s.statutoryPeriod().horizon()).isEqualTo(new Horizon(30, Horizon.Unit.DAYS));
        assertThat(s.longPending().months()).isEqualTo(12);
    }

    @Test
    void aRuleHorizonInTheFileChangesWhatIsListed() throws IOException {
        String yaml = bundledText().replace("ruleHorizons: {}", "ruleHorizons: {offline_control: 9 workdays}");
        WarningScanner wider = new WarningScanner(WarningScannerTest.DATA, load(yaml));
        LocalDateTime now = WarningScannerTest.NOW;
        // 2024-10-18 is 9 working days after 10-08 (10-12 is a make-up working Saturday)
        assertThat(wider.scan(now, WarningFilter.ALL.rules(Set.of("offline_control"))))
                .extracting(Warning::caseNumber, Warning::timeLeft)
                .containsExactly(tuple("（2024）江0101执11号", 2), tuple("（2024）江0101执2号", 9));
    }

    @Test
    void aRuleFromAStepMustEndAtAStepWhoseEveryRowIsKept() throws IOException {
        // 报告财产令 keeps only its earliest row: the one answering a clue could not be found
        String yaml = bundledText().replace("    start: 当事人提供财产线索\n    end: [线下查询]",
                "    start: 当事人提供财产线索\n    end: [报告财产令]");
        assertThatThrownBy(() -> load(yaml)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("court.yaml 规则 traditional_search")
                .hasMessageContaining("节点 报告财产令 只保留最早一次");
    }

    @Test
    void everyMistakeIsReportedAtOnce() throws IOException {
        String yaml = bundledText().replace("ruleHorizons: {}", "ruleHorizons: {auction_begin: 7 days}")
                .replace("hours: 12 hours", "hours: 12 minutes").replace("months: 12", "months: twelve")
                .replace("    horizon: 30 days\n  # 12个月", "    horizont: 30 days\n  # 12个月");
        assertThatThrownBy(() -> load(yaml)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("court.yaml warnings")
                .hasMessageContaining("ruleHorizons 引用了不存在的规则 auction_begin")
                .hasMessageContaining("horizons.hours")
                .hasMessageContaining("longPending.months 应为正整数")
                .hasMessageContaining("statutoryPeriod: 未知的键 “horizont”")
                .hasMessageContaining("缺少 statutoryPeriod.horizon");
    }

    @Test
    void theSectionIsRequired() throws IOException {
        String text = bundledText();
        String yaml = text.substring(0, text.indexOf("warnings:"));
        assertThatThrownBy(() -> load(yaml)).hasMessageContaining("缺少 warnings");
    }

    @Test
    void horizonsParseAndRejectNegativesAndMonths() {
        assertThat(Horizon.parse("2 工作日")).isEqualTo(new Horizon(2, Horizon.Unit.WORKDAYS));
        assertThat(Horizon.parse("0 days").label()).isEqualTo("0日");
        assertThatThrownBy(() -> Horizon.parse("-1 days")).hasMessageContaining("不能为负数");
        assertThatThrownBy(() -> Horizon.parse("1 months")).hasMessageContaining("days、workdays 或 hours");
    }
}
