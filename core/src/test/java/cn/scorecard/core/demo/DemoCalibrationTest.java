package cn.scorecard.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.data.ProvinceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated outcomes stay within the bands documented in docs/demo-data.md. */
class DemoCalibrationTest {
    private static CalibrationFigures figures;

    @BeforeAll
    static void generate() {
        ProvinceData data = DemoFixtures.province();
        figures = CalibrationFigures.of(data.cases(), DemoFixtures.SPEC.evaluationEnd());
        System.out.println(figures);
    }

    @Test
    void terminationOfThisRoundIsAboutFortyPercentOfClosings() {
        assertThat(figures.terminationShare()).isBetween(0.35, 0.45);
    }

    @Test
    void fulfilledRateIsFortyToFortyFivePercent() {
        assertThat(figures.fulfilledShare()).isBetween(0.40, 0.45);
    }

    @Test
    void meanDeliveryRateIsFiftyToFiftyFivePercent() {
        assertThat(figures.deliveryRate()).isBetween(0.50, 0.55);
    }

    @Test
    void mostClosingsAreWithinTheStatutorySixMonths() {
        assertThat(figures.withinSixMonths()).isGreaterThan(0.80).isLessThan(0.95);
    }

    @Test
    void settlementsAndTerminationsHaveTheirShares() {
        assertThat(figures.settlementShare()).isBetween(0.06, 0.10);
        assertThat(figures.terminatedShare()).isBetween(0.03, 0.07);
    }

    @Test
    void tenToTwentyPercentAreStillOpenSomeForOverAYear() {
        assertThat(figures.openShare()).isBetween(0.10, 0.20);
        assertThat(figures.openOverYear()).isGreaterThan(0.005);
    }
}
