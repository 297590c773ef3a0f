package cn.scorecard.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.data.StaffRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffRuleSetTest {
    private static String bundledText() throws IOException {
        try (InputStream in = StaffRuleSets.class.getResourceAsStream(StaffRuleSets.BUNDLED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static StaffRuleSet parse(String text) {
        return StaffRuleSets.parse("test.yaml", new StringReader(text));
    }

    @Test
    void theBundledRuleSetTranscribesTheSeed() {
        StaffRuleSet r = StaffRuleSets.bundled();
        assertThat(r.version()).isEqualTo("wancheng-2023-127");
        assertThat(r.source()).isEqualTo("宛法〔2023〕127号");
        assertThat(r.passMark()).isEqualTo(90);
        assertThat(r.accountabilityAfterFails()).isEqualTo(3);
        assertThat(r.quarterlyCombination()).isEqualTo(QuarterlyCombination.SUM);
        assertThat(r.assessedRoles()).containsExactlyInAnyOrder(StaffRole.JUDGE, StaffRole.ASSISTANT, StaffRole.CLERK);
        assertThat(r.itemsFor(StaffRole.JUDGE)).extracting(RuleItem::code)
                .containsExactly("一.1", "一.2", "一.3", "一.4", "一.5", "一.6", "二.1", "二.2", "二.3", "二.4", "二.5", "二.6");
        assertThat(r.itemsFor(StaffRole.JUDGE)).extracting(RuleItem::points)
                .containsExactly(10.0, 10.0, 5.0, 5.0, 5.0, 5.0, 20.0, 8.0, 8.0, 8.0, 8.0, 8.0);
        assertThat(r.itemsFor(StaffRole.ASSISTANT)).isEqualTo(r.itemsFor(StaffRole.JUDGE));
        assertThat(r.itemsFor(StaffRole.CLERK)).extracting(RuleItem::code)
                .containsExactly("一.1", "一.2", "一.3", "一.4", "一.5", "一.6", "三.1", "三.2", "三.3", "三.4", "三.5");
        assertThat(r.itemsFor(StaffRole.CLERK).stream().mapToDouble(RuleItem::points).sum()).isEqualTo(100);
        assertThat(r.itemsFor(StaffRole.OTHER)).isEmpty();

        QuotaRule quota = (QuotaRule) r.item("二.1").rule();
        assertThat(quota.shortfallPoints()).isEqualTo(3);
        assertThat(quota.overagePoints()).isEqualTo(2);
        ReductionRule over12 = (ReductionRule) r.item("二.2").rule();
        assertThat(over12.stock()).isEqualTo(Computation.STOCK_OLDER_THAN);
        assertThat(over12.olderThanMonths()).isEqualTo(12);
        assertThat(over12.targetPercent()).isEqualTo(8);
        assertThat(over12.pointsPerPercent()).isEqualTo(0.5);
        assertThat(over12.caseTypes()).containsExactlyInAnyOrder(CaseType.FIRST_ENFORCEMENT, CaseType.RESUMED_ENFORCEMENT);
        assertThat(((ReductionRule) r.item("二.3").rule()).targetPercent()).isEqualTo(5);
        assertThat(((ReductionRule) r.item("二.4").rule()).targetPercent()).isEqualTo(5);
        assertThat(((ReductionRule) r.item("二.4").rule()).olderThanMonths()).isEqualTo(3);

        PerOccurrenceRule petitions = (PerOccurrenceRule) r.item("一.2").rule();
        assertThat(petitions.deductions()).extracting(DeductionKind::points).containsExactly(0.5, 1.0, 0.5, 0.5);
        assertThat(r.deductionKind("进京访案件").computation()).isEqualTo(Computation.BEIJING_PETITIONS);
        assertThat(r.deductionKind("文书未及时送达").points()).isEqualTo(0.2);
        assertThat(r.deductionKind("EXTENSION_NOT_REQUESTED").source()).isEqualTo(DeductionKind.Source.COMPUTED);
        assertThat(r.deductionKind("CLERK_TERMINATION_NONCOMPLIANT").points()).isEqualTo(2);
        assertThat(r.deductionKind("有消极执行、违法执行、选择性执行的案件").source()).isEqualTo(DeductionKind.Source.INCIDENT);

        assertThat(r.clerkQuarterly().maxPoints()).isEqualTo(100);
        assertThat(r.clerkQuarterly().parts()).extracting(ClerkQuarterlyRule.Part::name)
                .containsExactly("服务态度", "速录和笔录能力", "季度跟案数量", "网络信息填报");
        assertThat(r.vetoes()).extracting(VetoCondition::code)
                .containsExactly("FALSIFICATION", "DISCIPLINE", "MAJOR_INCIDENT", "STATE_COMPENSATION");
        assertThat(r.veto("国家赔偿").name()).isEqualTo("因违法执行或执行方法不当，造成国家赔偿案件");
        assertThat(r.vetoDerivedFrom(VetoCondition.Derivation.DISCIPLINES).code()).isEqualTo("DISCIPLINE");
    }

    @Test
    void itemsThatDoNotAddUpTo100AreRejectedNamingGroupAndRoles() throws IOException {
        String text = bundledText().replace("points: 20\n        text: 完成结案指标数", "points: 22\n        text: 完成结案指标数");
        assertThatThrownBy(() -> parse(text))
                .isInstanceOf(StaffRuleSetException.class)
                .satisfies(e -> assertThat(((StaffRuleSetException) e).problems()).containsExactly(
                        "组 二: 各项目合计 62 分，与本组分值 60 分不符",
                        "岗位 员额法官: 适用的考核项目合计 102 分，应为 100 分",
                        "岗位 法官助理: 适用的考核项目合计 102 分，应为 100 分"))
                .hasMessageStartingWith("test.yaml: 组 二");
    }

    @Test
    void unknownKeysAreRejectedNamingTheItem() throws IOException {
        String text = bundledText().replace("        targetPercent: 8\n", "        targetPercent: 8\n        targt: 8\n");
        assertThatThrownBy(() -> parse(text))
                .isInstanceOf(StaffRuleSetException.class)
                .hasMessageContaining("test.yaml: 项目 二.2: 未知的键 “targt”");
    }

    @Test
    void unknownTopLevelKeysComputationsAndSourcesAreReportedTogether() throws IOException {
        String text = bundledText()
                .replace("passMark: 90", "passMark: 90\npasMark: 80")
                .replace("computation: stockAwaitingDisposal", "computation: stockAwaiting")
                .replace("          - code: MASS_INCIDENT\n            name: 因执行不当造成群体性事件\n            short: 群体性事件\n            points: 0.5\n            unit: 次\n            source: INCIDENT",
                        "          - code: MASS_INCIDENT\n            name: 因执行不当造成群体性事件\n            short: 群体性事件\n            points: 0.5\n            unit: 次\n            source: RECORDED");
        StaffRuleSetException e = (StaffRuleSetException) catchThrowable(text);
        assertThat(e.file()).isEqualTo("test.yaml");
        assertThat(e.problems()).contains(
                "顶层: 未知的键 “pasMark”（允许的键: version, title, issuer, source, basePoints, passMark, passText, "
                        + "interviewText, accountability, quarterlyCombination, petitionResolutionDays, groups, clerkQuarterly, vetoes）",
                "项目 二.3: 未知的计算 “stockAwaiting”",
                "项目 一.5 扣分项 MASS_INCIDENT: 未知的来源 “RECORDED”（应为 INCIDENT 或 COMPUTED）");
    }

    @Test
    void aComputationOfTheWrongShapeAndQuarterlyPartsNotAddingUpAreRejected() throws IOException {
        String text = bundledText()
                .replace("computation: stockOlderThan", "computation: closures")
                .replace("      points: 25\n    - code: CASELOAD", "      points: 30\n    - code: CASELOAD");
        StaffRuleSetException e = (StaffRuleSetException) catchThrowable(text);
        assertThat(e.problems()).contains("项目 二.2: 计算 “closures” 不能用于此类规则",
                "书记员季度考评: 各考评项合计 105 分，与满分 100 分不符");
    }

    @Test
    void duplicateKindCodesAndUnknownRolesAreRejected() throws IOException {
        String text = bundledText()
                .replace("code: CRITICIZED", "code: MASS_INCIDENT")
                .replace("appliesTo: [CLERK]", "appliesTo: [书记官]");
        List<String> problems = ((StaffRuleSetException) catchThrowable(text)).problems();
        assertThat(problems).contains("项目 一.6 扣分项 MASS_INCIDENT: 扣分项代码重复",
                "组 三: 未知的岗位 “书记官”（应为 JUDGE、ASSISTANT、CLERK）");
    }

    @Test
    void theClerksQuarterlyEvaluationDefaultsTo100InFourEqualParts() throws IOException {
        String text = bundledText();
        String withoutPoints = text.substring(0, text.indexOf("  maxPoints: 100")) + text.substring(text.indexOf("\n# 五.2"));
        ClerkQuarterlyRule q = parse(withoutPoints).clerkQuarterly();
        assertThat(q.maxPoints()).isEqualTo(100);
        assertThat(q.parts()).extracting(ClerkQuarterlyRule.Part::points).containsExactly(25.0, 25.0, 25.0, 25.0);
        assertThat(q.parts()).extracting(ClerkQuarterlyRule.Part::name)
                .containsExactly("服务态度", "速录和笔录能力", "季度跟案数量", "网络信息填报");
    }

    private static Throwable catchThrowable(String text) {
        try {
            parse(text);
        } catch (StaffRuleSetException e) {
            return e;
        }
        throw new AssertionError("expected the rule set to be rejected");
    }
}
