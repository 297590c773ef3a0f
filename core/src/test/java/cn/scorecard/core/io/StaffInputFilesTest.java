package cn.scorecard.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.data.StaffRole;
import cn.scorecard.core.staff.StaffInputs;
import cn.scorecard.core.staff.StaffRuleSets;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staff-assessment inputs are record types of the one validated reader: the same header checks (unknown,
 * duplicated, required columns), row shapes, encodings and messages as every other file, plus the rule set's
 * vocabularies (事件类型, 否决事由, the clerks' parts, who is assessed).
 */
class StaffInputFilesTest {
    private static final List<StaffMember> STAFF = List.of(
            new StaffMember("J1", "张法官", 0, StaffRole.JUDGE, "一团队", null, true, true, null, null),
            new StaffMember("C1", "李书记员", 0, StaffRole.CLERK, "一团队", null, true, true, null, null),
            new StaffMember("O1", "王司机", 0, StaffRole.OTHER, null, null, false, true, null, null));

    private static StaffInputs read(Path dir) {
        return DataDirectoryReader.readStaffInputs(dir, ReadRules.bundled(), STAFF);
    }

    private static List<ImportError> errors(Path dir) {
        try {
            read(dir);
        } catch (DataImportException e) {
            return e.errors();
        }
        throw new AssertionError("expected the files to be rejected");
    }

    private static void utf8Bom(Path file, String text) throws IOException {
        Files.writeString(file, "\uFEFF" + text, StandardCharsets.UTF_8);
    }

    @Test
    void readsTheFourFiles(@TempDir Path dir) throws Exception {
        utf8Bom(dir.resolve("考核事件.csv"), """
                人员编号,日期,事件类型,案号,件数,说明,登记人
                J1,2024-03-05,消极执行、违法执行、选择性执行,（2024）豫1302执12号,2,拖延执行,考核组
                C1,2024/3/6,文书未及时送达,,,,
                J1,2024年3月7日,DUTY_NOT_FULFILLED,,1,值班缺岗,
                """);
        Files.writeString(dir.resolve("结案指标.csv"), "人员编号,月份,结案指标\nJ1,,6\nJ1,2024-03,4\n");
        Files.writeString(dir.resolve("一票否决.csv"), "人员编号,日期,否决事由,说明\nC1,2024-04-01,弄虚作假,虚报\n");
        // Excel exports GB18030
        Files.write(dir.resolve("书记员季度考评.csv"), "人员编号,季度,服务态度,速录和笔录能力,季度跟案数量,网络信息填报\nC1,2024-Q1,25,20,22.5,23\n"
                .getBytes(Charset.forName("GB18030")));
        StaffInputs in = read(dir);
        assertThat(in.incidents()).hasSize(3);
        StaffInputs.Incident first = in.incidents().get(0);
        assertThat(first.id()).isEqualTo("考核事件.csv第2行");
        assertThat(first.kindCode()).isEqualTo("IMPROPER_ENFORCEMENT");
        assertThat(first.count()).isEqualTo(2);
        assertThat(first.caseNumber()).isEqualTo("（2024）豫1302执12号");
        assertThat(in.incidents().get(1).count()).isEqualTo(1);
        assertThat(in.incidents().get(1).day()).isEqualTo(LocalDate.of(2024, 3, 6));
        assertThat(in.incidents().get(2).kindCode()).isEqualTo("DUTY_NOT_FULFILLED");
        assertThat(in.quotas()).containsExactly(new StaffInputs.ClosureQuota(0, null, 6),
                new StaffInputs.ClosureQuota(0, YearMonth.of(2024, 3), 4));
        assertThat(in.vetoes()).singleElement().satisfies(v -> assertThat(v.conditionCode()).isEqualTo("FALSIFICATION"));
        assertThat(in.clerkEvaluations()).singleElement().satisfies(e -> {
            assertThat(e.quarter()).isEqualTo(1);
            assertThat(e.total()).isEqualTo(90.5);
        });
        assertThat(read(dir.resolve("nothing-here"))).isEqualTo(StaffInputs.empty());
    }

    @Test
    void everyErrorNamesFileRowColumnAndValue(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("考核事件.csv"), """
                人员编号,日期,事件类型,件数,备注
                J9,2024-03-05,消极执行、违法执行、选择性执行,1,
                J1,2024-02-30,终本案件不合格,1,
                J1,2024-03-05,文书差错,0,
                O1,2024-03-05,吃空饷,1,
                """);
        Files.writeString(dir.resolve("结案指标.csv"), "人员编号,月份,结案指标\nC1,2024-03,5\nJ1,2024-13,-1\n");
        Files.writeString(dir.resolve("一票否决.csv"), "人员编号,日期\nJ1,2024-03-01\n");
        Files.writeString(dir.resolve("书记员季度考评.csv"),
                "人员编号,季度,服务态度,速录和笔录能力,季度跟案数量,网络信息填报\nJ1,2024-Q5,26,20,20,20\n");
        assertThat(errors(dir)).contains(
                new ImportError("考核事件.csv", null, 1, "备注", null, "未知的列（列名拼写有误？）"),
                new ImportError("考核事件.csv", null, 2, "人员编号", "J9", "未知的人员（人员.csv 中没有此人员编号）"),
                new ImportError("考核事件.csv", null, 3, "日期", "2024-02-30", "日期不存在"),
                new ImportError("考核事件.csv", null, 3, "事件类型", "终本案件不合格", "该项由系统依据案件数据自动计算，不能登记为考核事件"),
                new ImportError("考核事件.csv", null, 4, "事件类型", "文书差错", "项目 三.2 不适用于岗位 员额法官"),
                new ImportError("考核事件.csv", null, 4, "件数", "0", "件数应为正整数"),
                new ImportError("考核事件.csv", null, 5, "人员编号", "O1", "岗位 其他 不参加考核"),
                new ImportError("考核事件.csv", null, 5, "事件类型", "吃空饷", "未知的事件类型（应为考核办法中扣分项的名称、简称或代码）"),
                new ImportError("结案指标.csv", null, 2, "人员编号", "C1", "岗位 书记员 不考核结案指标"),
                new ImportError("结案指标.csv", null, 3, "月份", "2024-13", "无法识别的月份（应如 2024-03）"),
                new ImportError("结案指标.csv", null, 3, "结案指标", "-1", "结案指标应为不小于 0 的整数"),
                new ImportError("一票否决.csv", null, 1, "否决事由", null, "缺少必填列"),
                new ImportError("书记员季度考评.csv", null, 2, "人员编号", "J1", "该人员岗位为 员额法官，不是书记员"),
                new ImportError("书记员季度考评.csv", null, 2, "季度", "2024-Q5", "无法识别的季度（应如 2024-Q1）"),
                new ImportError("书记员季度考评.csv", null, 2, "服务态度", "26", "应为 0 到 25 之间的数"));
    }

    @Test
    void duplicatedEmptyAndExtraHeadersAndCutRowsAreRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("考核事件.csv"), "人员编号,日期,事件类型,日期,\nJ1,2024-03-05,文书差错,2024-03-06,x\n");
        Files.writeString(dir.resolve("结案指标.csv"), "人员编号,月份,结案指标\nJ1,2024-03\n");
        assertThat(errors(dir)).contains(
                new ImportError("考核事件.csv", null, 1, "日期", null, "列重复"),
                new ImportError("考核事件.csv", null, 2, "第5列", "x", "该列没有列名，数据无法归属"),
                new ImportError("结案指标.csv", null, 2, null, null, "该行有 2 个单元格，而标题行有 3 列（行被截断，或多了、少了分隔符？）"));
    }

    @Test
    void duplicatesAreErrors(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("结案指标.csv"), "人员编号,月份,结案指标\nJ1,2024-03,5\nJ1,2024-03,6\nJ1,,3\nJ1,,4\n");
        Files.writeString(dir.resolve("考核事件.csv"), "人员编号,日期,事件类型,事件编号\nJ1,2024-03-05,超期未结案件,K1\nC1,2024-03-05,文书未及时送达,K1\n");
        Files.writeString(dir.resolve("一票否决.csv"), "人员编号,日期,否决事由\nJ1,2024-03-05,弄虚作假\nJ1,2024-03-05,FALSIFICATION\n");
        assertThat(errors(dir)).extracting(ImportError::file, ImportError::row, ImportError::reason).contains(
                Tuple.tuple("结案指标.csv", 3L, "同一人员同一月份的结案指标重复（与第2行相同）"),
                Tuple.tuple("结案指标.csv", 5L, "同一人员同一月份的结案指标重复（与第4行相同）"),
                Tuple.tuple("考核事件.csv", 3L, "事件编号重复（与第2行相同）"),
                Tuple.tuple("一票否决.csv", 3L, "同一人员同一日期的同一否决事由重复（与第2行相同）"));
    }
}
