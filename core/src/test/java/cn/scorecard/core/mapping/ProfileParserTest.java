package cn.scorecard.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A profile is checked whole before any file is read with it; written out, it reads back the same. */
class ProfileParserTest {
    @Test
    void writtenOutAProfileReadsBackEqual() throws IOException {
        MappingProfile p = ProfileMappingTest.profile();
        String yaml = ProfileWriter.write(p);
        assertThat(ProfileParser.parse(yaml, "written")).isEqualTo(p);
        assertThat(yaml).contains("'0101': 执行完毕"); // quoted: another YAML reader must not see the number 65
    }

    @Test
    void codesWithLeadingZerosStayText() {
        MappingProfile p = ProfileParser.parse("""
                name: x
                value_maps: {结案方式: {0101: 执行完毕, 1: 结案}}
                sources:
                  - file: a.csv
                    records:
                      - type: 法院
                        columns: {法院代码: 代码, 法院名称: 名称, 层级: {constant: 基层}}
                """, "x");
        assertThat(p.valueMaps().get("结案方式").values()).containsEntry("0101", "执行完毕").containsEntry("1", "结案");
    }

    @Test
    void everyProblemIsReportedWithWhereItIs() {
        String yaml = """
                name: 坏配置
                sourcez: []
                value_maps: {法院: {本院: 豫1302}}
                sources:
                  - file: a.csv
                    header_row: 0
                    records:
                      - type: 案件
                        columns:
                          法院代码: {from: 承办法院, map: 院}
                          案号: {from: 案号, constant: x}
                          立案日期: {from: 收案日期, date: yyyyMMddQQQQQQ}
                          开庭日期: 开庭
                      - type: 流程节点
                        columns: {法院代码: 法院, 案号: 案号}
                        steps: {name: 节点, value: 时间, columns: {网络查控时间: 网络查控}}
                      - type: 合同
                """;
        assertThatThrownBy(() -> ProfileParser.parse(yaml, "坏配置.yaml"))
                .isInstanceOfSatisfying(ProfileException.class, e -> assertThat(e.problems()).containsExactly(
                        "配置：未知的键 “sourcez”（允许：name、description、value_maps、sources）",
                        "来源 1：“header_row” 应为正整数，实为 “0”",
                        "来源 1 记录 1（案件） 列 法院代码：未知的值映射 “院”（value_maps 中没有）",
                        "来源 1 记录 1（案件） 列 案号：应有且只有 from、join、constant 之一（或只给 default）",
                        "来源 1 记录 1（案件） 列 立案日期：无效的日期格式 “yyyyMMddQQQQQQ”（例如 yyyyMMdd、yyyy.M.d H:mm）",
                        "来源 1 记录 1（案件） 列 开庭日期：“案件” 没有此列（应为 法院代码、案号、立案日期、结案日期、结案方式、案件类别、"
                                + "申请标的额、到位金额、承办法官、法官助理、书记员、下落不明、不适用失信、未纳入流程系统 之一）",
                        "来源 1 记录 2（流程节点）.steps 列 网络查控时间：“网络查控” 不是流程节点的名称",
                        "来源 1 记录 3：未知的记录类型 “合同”（应为 案件、流程节点、法院 等表名之一）"));
    }

    @Test
    void aRequiredColumnWithoutSourceIsAProblem() {
        assertThatThrownBy(() -> ProfileParser.parse("""
                name: x
                sources:
                  - file: a.csv
                    records:
                      - type: 流程节点
                        columns: {法院代码: 法院, 案号: 案号, 时间: 时间}
                """, "x")).isInstanceOfSatisfying(ProfileException.class, e -> assertThat(e.problems())
                .containsExactly("来源 1 记录 1（流程节点）：必填列 “节点” 没有来源"));
    }

    @Test
    void notYamlIsSaidSo() {
        assertThatThrownBy(() -> ProfileParser.parse("name: [unclosed", "x"))
                .isInstanceOf(ProfileException.class).hasMessageContaining("不是有效的 YAML");
    }
}
