package cn.scorecard.app.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.AppTest;
import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.EvaluationResult;
import cn.scorecard.core.metric.Period;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An evaluation of year Y uses the catalog version in force in Y (on the period's last day). */
@AppTest
class EvaluationByYearTest {
    @Autowired
    EvaluationService evaluation;

    @Test
    void a2016EvaluationUsesThe2016CatalogAndA2025OneThe2019Catalog() {
        EvaluationResult y2016 = evaluation.evaluate(Period.year(2016));
        EvaluationResult y2025 = evaluation.evaluate(Period.year(2025));
        assertThat(y2016.catalogVersion()).isEqualTo("2016");
        assertThat(y2025.catalogVersion()).isEqualTo("2019");
        // the two versions weigh the basic courts' areas differently (2016: 规范执行 30, 执行质效 50; 2019: 40 and 40)
        CourtResult basic2016 = y2016.courts().stream().filter(c -> c.court().level() == CourtLevel.BASIC).findFirst()
                .orElseThrow();
        CourtResult basic2025 = y2025.court(basic2016.court().code());
        assertThat(basic2016.find("B1").node().weight()).isEqualTo(30);
        assertThat(basic2016.find("B4").node().weight()).isEqualTo(50);
        assertThat(basic2025.find("B1").node().weight()).isEqualTo(40);
        assertThat(basic2025.find("B4").node().weight()).isEqualTo(40);
        assertThat(evaluation.catalogVersion(Period.yearToMonth(2018, 6))).isEqualTo("2016");
    }
}
