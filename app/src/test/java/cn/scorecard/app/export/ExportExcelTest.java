package cn.scorecard.app.export;

import cn.scorecard.app.documents.Xlsx;
import cn.scorecard.app.documents.Downloads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.scorecard.app.evaluation.PeriodParam;
import cn.scorecard.app.evaluation.RecordListView;
import cn.scorecard.app.web.ListQuery;
import cn.scorecard.app.security.CourtScope;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.NodeResult;
import cn.scorecard.core.metric.Period;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/** The workbooks read back: their numbers are the evaluation's numbers, the record list is complete. */
class ExportExcelTest extends ExportTestSupport {
    @Autowired
    CourtScope scope;

    @Test
    void rankingHasEveryVisibleCourtOfTheLevelWithTheEvaluationsNumbers() throws Exception {
        int year = service.latestYear();
        MockHttpServletResponse response = ok(ASSESSOR, "/evaluation/ranking.xlsx?level=BASIC&year=" + year);
        assertThat(response.getContentType()).isEqualTo(Downloads.XLSX);
        assertThat(response.getHeader("Content-Disposition"))
                .contains("filename=\"ranking-basic-" + year + ".xlsx\"")
                .contains("filename*=UTF-8''" + Downloads.rfc5987("评估排名-基层-" + year + ".xlsx"));
        List<Row> rows = sheet(response.getContentAsByteArray(), RankingWorkbook.SHEET);
        assertThat(rows.get(0).getCellText(0)).contains(year + "年").contains(service.catalogVersion())
                .contains("实时计算（数据版本 "); // the same words as the page's badge
        Row header = rows.get(RankingWorkbook.HEADER_ROW);
        assertThat(List.of(header.getCellText(0), header.getCellText(1), header.getCellText(2), header.getCellText(3),
                header.getCellText(4))).containsExactly("名次", "法院代码", "法院", "总分", "较上年同期");
        assertThat(header.getCellText(5 + service.catalog(CourtLevel.BASIC).areas().size())).isEqualTo("有财产可供执行案件法定期限内实际执结率");
        List<Row> data = rows.subList(RankingWorkbook.HEADER_ROW + 1, rows.size());
        List<CourtResult> basic = service.evaluate(Period.year(year)).courts().stream()
                .filter(c -> c.court().level() == CourtLevel.BASIC).toList();
        assertThat(data).hasSize(basic.size());

        CourtResult court = service.court(COURT, Period.year(year));
        Row line = data.stream().filter(r -> r.getCellText(1).equals(COURT)).findFirst().orElseThrow();
        assertThat(line.getCellText(2)).isEqualTo(court.court().name());
        assertThat(number(line, 3)).isCloseTo(court.total(), within(1e-9));
        assertThat(number(line, 5)).isCloseTo(court.areas().get(0).score(), within(1e-9));
        assertThat(data.get(0).getCellAsNumber(0)).contains(java.math.BigDecimal.ONE);
        assertThat(line.getCellText(6 + court.areas().size())).isIn("达标", "未达标", "无数据");
    }

    @Test
    void aCourtAdministratorsRankingListsOnlyTheCourtsItMaySee() throws Exception {
        int year = service.latestYear();
        List<Row> rows = sheet(ok(INTERMEDIATE_COURT, "/evaluation/ranking.xlsx?level=BASIC&year={y}&month=6", year)
                .getContentAsByteArray(), RankingWorkbook.SHEET);
        List<String> codes = rows.subList(RankingWorkbook.HEADER_ROW + 1, rows.size()).stream().map(r -> r.getCellText(1)).toList();
        assertThat(codes).isNotEmpty().allMatch(c -> scope.canSee(INTERMEDIATE_COURT, c));
        assertThat(rows.get(0).getCellText(0)).contains(new PeriodParam(year, 6).label());
    }

    @Test
    void scoreTreeHasTheCourtsScoresNumeratorsAndCoreTargets() throws Exception {
        int year = service.latestYear();
        CourtResult court = service.court(COURT, Period.year(year));
        MockHttpServletResponse response = ok(ASSESSOR, "/evaluation/courts/{c}/tree.xlsx?year={y}", COURT, year);
        assertThat(response.getHeader("Content-Disposition")).contains("filename=\"score-tree-0102-" + year + ".xlsx\"")
                .contains(Downloads.rfc5987("评分-" + court.court().name() + "-" + year + ".xlsx"));
        byte[] xlsx = response.getContentAsByteArray();
        List<Row> rows = sheet(xlsx, TreeWorkbook.TREE);
        assertThat(number(rows.get(1), 1)).isCloseTo(court.total(), within(1e-9));
        Row header = rows.get(TreeWorkbook.HEADER_ROW);
        for (int c = 0; c < TreeWorkbook.TREE_HEADER.size(); c++) assertThat(header.getCellText(c)).isEqualTo(TreeWorkbook.TREE_HEADER.get(c));

        NodeResult area = court.areas().get(0);
        Row areaRow = row(rows, area.code());
        assertThat(areaRow.getCellText(1)).isEqualTo(area.node().name());
        assertThat(number(areaRow, 8)).isCloseTo(area.score(), within(1e-9));
        NodeResult leaf = court.find(NODE);
        Row leafRow = row(rows, NODE);
        assertThat(number(leafRow, 6)).isEqualTo(leaf.numerator());
        assertThat(number(leafRow, 7)).isEqualTo(leaf.denominator());
        assertThat(number(leafRow, 4)).isCloseTo(leaf.value(), within(1e-12));
        assertThat(number(leafRow, 2)).isCloseTo(leaf.node().weight() / 100, within(1e-12));
        assertThat(rows).hasSize(TreeWorkbook.HEADER_ROW + 1 + cn.scorecard.app.evaluation.TreeRow.flatten(court.areas()).size());

        List<Row> core = sheet(xlsx, TreeWorkbook.CORE);
        var values = service.coreIndicators(COURT, Period.year(year));
        assertThat(core).hasSize(TreeWorkbook.HEADER_ROW + 1 + values.size());
        Row first = core.get(TreeWorkbook.HEADER_ROW + 1);
        assertThat(first.getCellText(0)).isEqualTo(values.get(0).label());
        assertThat(first.getCellText(3)).isEqualTo(Xlsx.metText(values.get(0).met()));
    }

    @Test
    void recordsExportHasEveryRecordOfTheListNotOnePage() throws Exception {
        int year = service.latestYear();
        NodeResult leaf = service.court(COURT, Period.year(year)).find(NODE);
        int denominator = (int) Math.round(leaf.denominator());
        assertThat(denominator).isGreaterThan(50);
        List<Row> rows = sheet(ok(ASSESSOR, "/evaluation/courts/{c}/indicators/{n}/records.xlsx?set=denominator&year={y}",
                COURT, NODE, year).getContentAsByteArray(), RecordsWorkbook.SHEET);
        List<Row> data = rows.subList(RecordsWorkbook.HEADER_ROW + 1, rows.size());
        assertThat(data).hasSize(denominator);
        assertThat(rows.get(RecordsWorkbook.HEADER_ROW).getCellText(0)).isEqualTo("案号");
        int first = RecordListView.select(leaf, "denominator").indexes().findFirst().orElseThrow();
        assertThat(data.get(0).getCellText(0)).isEqualTo(service.data().cases().number(first));

        int missed = RecordListView.ordered(service.data(), RecordListView.select(leaf, "missed"), ListQuery.none()).length;
        List<Row> misses = sheet(ok(ASSESSOR, "/evaluation/courts/{c}/indicators/{n}/records.xlsx?set=missed&year={y}",
                COURT, NODE, year).getContentAsByteArray(), RecordsWorkbook.SHEET);
        assertThat(misses).hasSize(RecordsWorkbook.HEADER_ROW + 1 + missed);
        // the reason in columns of its own after the case's: 判定, the fulfilment rate's columns, the reason in one line
        Row header = misses.get(RecordsWorkbook.HEADER_ROW);
        assertThat(List.of(header.getCellText(9), header.getCellText(10), header.getCellText(12), header.getCellText(13),
                header.getCellText(14))).containsExactly("判定", "立案日期", "结案方式", "说明", "原因");
        for (Row r : misses.subList(RecordsWorkbook.HEADER_ROW + 1, misses.size())) {
            assertThat(r.getCellText(9)).isEqualTo("未达标");
            assertThat(r.getCellText(13)).isEqualTo("以“" + r.getCellText(4) + "”结案，非执行完毕");
        }
        long met = data.stream().filter(r -> r.getCellText(9).equals("达标")).count();
        assertThat(met).isEqualTo(Math.round(leaf.numerator()));

        String q = service.data().cases().number(first).substring(0, 6);
        int filtered = RecordListView.ordered(service.data(), RecordListView.select(leaf, "denominator"),
                new ListQuery(q, null, null, null, null)).length;
        List<Row> some = sheet(ok(ASSESSOR, "/evaluation/courts/{c}/indicators/{n}/records.xlsx?q={q}&year={y}",
                COURT, NODE, q, year).getContentAsByteArray(), RecordsWorkbook.SHEET);
        assertThat(some).hasSize(RecordsWorkbook.HEADER_ROW + 1 + filtered);
    }

    private static List<Row> sheet(byte[] xlsx, String name) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Optional<Sheet> sheet = wb.findSheet(name);
            assertThat(sheet).as("sheet " + name).isPresent();
            List<Row> rows = sheet.get().read();
            for (int i = 0; i < rows.size(); i++) assertThat(rows.get(i).getRowNum()).as("row numbers without gaps").isEqualTo(i + 1);
            return rows;
        }
    }

    private static Row row(List<Row> rows, String code) {
        return rows.stream().filter(r -> code.equals(r.getCellText(0))).findFirst().orElseThrow();
    }

    private static double number(Row row, int col) {
        return row.getCellAsNumber(col).orElseThrow(() -> new AssertionError("no number in " + row + " col " + col)).doubleValue();
    }
}
