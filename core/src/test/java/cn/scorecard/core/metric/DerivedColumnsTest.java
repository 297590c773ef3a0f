package cn.scorecard.core.metric;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.data.Payment;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.demo.DemoProvince;
import cn.scorecard.core.demo.DemoSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The values derived per data set: made once for the same data, and the same as a scan of the records. */
class DerivedColumnsTest {
    private static final ProvinceData DATA = DemoProvince.generate(DemoSpec.defaults(7L).withCourts(1, 3).withCases(3_000));

    @Test
    void theSameDataSetSharesOneDerivation() {
        DerivedColumns first = DerivedColumns.of(DATA);
        assertThat(DerivedColumns.of(DATA)).isSameAs(first);
        assertThat(new EvaluationContext(DATA, Period.year(2025)).paymentIndexesOf(0)).isSameAs(first.payments(0));
        ProvinceData copy = DemoProvince.generate(DemoSpec.defaults(7L).withCourts(1, 3).withCases(3_000));
        assertThat(DerivedColumns.of(copy)).isNotSameAs(first); // equal data, but another data set
    }

    @Test
    void everyCaseGetsItsPaymentsInListOrderAndTheirTotal() {
        DerivedColumns d = new DerivedColumns(DATA);
        List<Payment> payments = DATA.payments();
        assertThat(payments).isNotEmpty();
        int withSeveral = 0;
        for (int row = 0; row < DATA.cases().size(); row++) {
            List<Payment> expected = new ArrayList<>();
            long total = 0;
            for (Payment p : payments) {
                if (p.caseRow() == row) {
                    expected.add(p);
                    total += p.amountFen();
                }
            }
            if (expected.size() > 1) withSeveral++;
            assertThat(d.paymentsOf(row, payments)).containsExactlyElementsOf(expected);
            assertThat(d.paymentTotal(row)).isEqualTo(total);
        }
        assertThat(withSeveral).isPositive();
    }

    @Test
    void everyCourtGetsItsPaymentsInListOrder() {
        DerivedColumns d = new DerivedColumns(DATA);
        List<Payment> payments = DATA.payments();
        int seen = 0;
        for (int court = 0; court < DATA.courts().size(); court++) {
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < payments.size(); i++) {
                if (DATA.cases().court(payments.get(i).caseRow()) == court) expected.add(i);
            }
            assertThat(d.payments(court)).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
            seen += expected.size();
        }
        assertThat(seen).isEqualTo(payments.size());
    }
}
