package cn.scorecard.app.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.scorecard.app.AppTest;
import cn.scorecard.app.evaluation.PeriodParam;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.Role;
import cn.scorecard.core.plan.Plan;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The demo officer's own planner: only the officer's own actions of the court's planner, in the court's order. */
@AppTest
class OfficerPlannerWebTest {
    static final CurrentUser OFFICER = new CurrentUser("sunxueyan", "孙雪艳", "-", Role.OFFICER, "江0102", "江0102-001", true);
    @Autowired
    MockMvc mvc;
    @Autowired
    PlanService plans;

    @Test
    void theOfficersOwnActionsWithTheEffectOnTheirMonth() throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/staff/me/planner").with(user(OFFICER))).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        PeriodParam period = new PeriodParam(2025, null);
        Plan plan = plans.plan("江0102", period, plans.window(period, null, null));
        int staff = -1;
        for (int i = 0; i < plans.data().staff().size(); i++) {
            if (plans.data().staff().get(i).id().equals(OFFICER.staffCode())) staff = i;
        }
        int s = staff;
        long own = plan.actions().stream().filter(p -> p.action().staff() == s).count();
        Document page = Jsoup.parse(r.getContentAsString());
        assertThat(page.select("#officer-plan tbody tr").size()).isEqualTo((int) own);
        for (Element row : page.select("#officer-plan tbody tr")) {
            String id = row.attr("data-id");
            assertThat(plan.actions().stream().filter(p -> p.action().id().equals(id)).findFirst().orElseThrow()
                    .action().staff()).isEqualTo(staff);
        }
        // every action has its effect on the officer's month (not only the first ten)
        if (own > 0) assertThat(page.select("#officer-plan td.staff")).allMatch(td -> td.text().contains("→"));
    }
}
