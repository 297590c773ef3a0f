package cn.scorecard.app.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.scorecard.app.AppTest;
import cn.scorecard.app.security.Users;
import cn.scorecard.app.staff.StaffResultService;
import cn.scorecard.core.data.StaffRole;
import cn.scorecard.core.staff.MonthlyAssessment;
import cn.scorecard.core.staff.PersonResult;
import java.time.YearMonth;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's two basic courts of the first city are assessed in the same month under their own methods (the rule
 * book's initial assignment: 宛法〔2023〕127号 for every court, 澄西法〔2024〕15号 for 江0103), and the staff pages name
 * a rule set by its title and number.
 */
@AppTest
class StaffRulesPerCourtTest {
    static final YearMonth MONTH = YearMonth.of(2025, 5);
    @Autowired
    StaffResultService staff;
    @Autowired
    MockMvc mvc;

    @Test
    void twoBasicCourtsAreAssessedUnderTwoRuleSetsInTheSameMonth() throws Exception {
        assertThat(staff.rules("江0102", MONTH).version()).isEqualTo("wancheng-2023-127");
        assertThat(staff.rules("江0103", MONTH).version()).isEqualTo("chengxi-2024-15");
        MonthlyAssessment month = staff.month(MONTH);
        PersonResult a = judgeOf(month, "江0102");
        PersonResult b = judgeOf(month, "江0103");
        assertThat(a.item("二.1").points()).isEqualTo(20);
        assertThat(a.item("二.7")).isNull();
        assertThat(b.item("二.1").points()).isEqualTo(16);
        assertThat(b.item("二.1").bonus()).isLessThanOrEqualTo(5);
        assertThat(b.item("二.7").name()).isEqualTo("执行款及时发放");

        Document page = Jsoup.parse(mvc.perform(get("/staff/people/" + b.staffId() + "?month=" + MONTH).with(Users.ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.selectFirst("#rule-set").text()).isEqualTo("《执行干警绩效考核实施细则》（澄西法〔2024〕15号）")
                .doesNotContain("chengxi");
        Document other = Jsoup.parse(mvc.perform(get("/staff/people/" + a.staffId() + "?month=" + MONTH).with(Users.ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(other.selectFirst("#rule-set").text()).isEqualTo("《执行工作绩效考核办法》（宛法〔2023〕127号）");
    }

    private PersonResult judgeOf(MonthlyAssessment month, String court) {
        int index = staff.data().courts().indexOf(court);
        return month.people().stream().filter(p -> p.court() == index && p.role() == StaffRole.JUDGE).findFirst()
                .orElseThrow();
    }
}
