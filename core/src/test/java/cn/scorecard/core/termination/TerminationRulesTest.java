package cn.scorecard.core.termination;

import static cn.scorecard.core.cases.StepType.APPLICANT_INFORMED;
import static cn.scorecard.core.cases.StepType.CONSUMPTION_RESTRICTION;
import static cn.scorecard.core.cases.StepType.DISHONEST_LISTED;
import static cn.scorecard.core.cases.StepType.EXECUTION_NOTICE;
import static cn.scorecard.core.cases.StepType.ONLINE_SEARCH_START;
import static cn.scorecard.core.cases.StepType.PROPERTY_REPORT_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.testing.TestProvince;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The 终本 conditions are data: changing rules/termination.yaml changes the verdict. */
class TerminationRulesTest {
    private final TestProvince p = new TestProvince().court("H", CourtLevel.HIGH, null);

    private static String bundledText() throws IOException {
        try (InputStream in = TerminationRules.class.getResourceAsStream("/rules/termination.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static TerminationRules load(String yaml) {
        return TerminationRules.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test-termination.yaml");
    }

    /** Filed 2024-01-10, 终本 on 2024-05-10 with every step but 线下查询. */
    private int withoutTraditionalSearch() {
        int r = p.addCase("H", "（2024）江01执1号", "2024-01-10", "2024-05-10", ClosingMethod.TERMINATED_THIS_ROUND);
        p.step(r, EXECUTION_NOTICE, "2024-01-10").step(r, PROPERTY_REPORT_ORDER, "2024-01-10")
                .step(r, ONLINE_SEARCH_START, "2024-01-11").step(r, CONSUMPTION_RESTRICTION, "2024-01-12")
                .step(r, DISHONEST_LISTED, "2024-01-12").step(r, APPLICANT_INFORMED, "2024-05-08");
        return r;
    }

    @Test
    void theBundledFileHasTheNineConditionsOfTheRule() {
        TerminationRules rules = TerminationRules.bundled();
        assertThat(rules.conditions()).extracting(TerminationCondition::id).containsExactly("EXECUTION_NOTICE",
                "PROPERTY_REPORT_ORDER", "CONSUMPTION_RESTRICTION", "DISHONEST_LISTED", "ONLINE_SEARCH",
                "TRADITIONAL_SEARCH", "THREE_MONTHS", "WHEREABOUTS_SEARCH", "APPLICANT_INFORMED");
        assertThat(rules.get("THREE_MONTHS").monthsSinceFiling()).isEqualTo(3);
        assertThat(rules.source()).contains("法〔2016〕373号");
    }

    @Test
    void droppingAConditionFromTheFileMakesTheCaseCompliant() throws IOException {
        int r = withoutTraditionalSearch();
        ProvinceData d = p.build();
        String text = bundledText();
        assertThat(new TerminationCheck(d.cases(), d.terminationOverrides(), load(text)).isCompliant(p.row(r))).isFalse();
        int from = text.indexOf("  - id: TRADITIONAL_SEARCH");
        int to = text.indexOf("  - id: THREE_MONTHS");
        String without = text.substring(0, from) + text.substring(to);
        assertThat(new TerminationCheck(d.cases(), d.terminationOverrides(), load(without)).isCompliant(p.row(r))).isTrue();
    }

    @Test
    void anotherStepOrALongerWaitInTheFileChangesTheVerdict() throws IOException {
        int r = withoutTraditionalSearch();
        ProvinceData d = p.build();
        String text = bundledText();
        // 线下查询 may be replaced by 网络查控发起 (which the case has): compliant
        String either = text.replace("needs: {steps: [线下查询]}", "needs: {steps: [线下查询, 网络查控发起]}");
        TerminationCheck relaxed = new TerminationCheck(d.cases(), d.terminationOverrides(), load(either));
        assertThat(relaxed.failedConditions(p.row(r))).isEmpty();
        // more than 6 months since filing: 2024-05-10 is before 2024-07-10, so that condition fails as well
        String longer = either.replace("moreThanMonthsSinceFiling: 3", "moreThanMonthsSinceFiling: 6");
        TerminationCheck strict = new TerminationCheck(d.cases(), d.terminationOverrides(), load(longer));
        assertThat(strict.failedConditions(p.row(r))).extracting(TerminationCondition::id).containsExactly("THREE_MONTHS");
        assertThat(strict.failedConditions(p.row(r)).get(0).needs()).isEqualTo("立案之日起超过6个月后结案");
    }

    @Test
    void aBadFileNamesTheFileTheConditionAndTheProblem() {
        String unknownStep = "conditions:\n  - id: X\n    label: x\n    article: 第一条\n    rule: r\n    needs: {steps: [不存在的节点]}\n";
        assertThatThrownBy(() -> load(unknownStep)).hasMessageContaining("test-termination.yaml 第1个条件（X）")
                .hasMessageContaining("不存在的节点");
        String noRule = "conditions:\n  - id: Y\n    label: y\n    article: 第一条\n    needs: {moreThanMonthsSinceFiling: 3}\n";
        assertThatThrownBy(() -> load(noRule)).hasMessageContaining("第1个条件（Y）: 缺少 rule");
        String unknownKey = "conditions:\n  - id: Z\n    label: z\n    article: a\n    rule: r\n    needs: {moreThanMonthsSinceFiling: 3}\n    when: x\n";
        assertThatThrownBy(() -> load(unknownKey)).hasMessageContaining("未知的键 “when”");
    }
}
