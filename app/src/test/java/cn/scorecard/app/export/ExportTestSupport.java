package cn.scorecard.app.export;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import cn.scorecard.app.AppTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The export tests run in the one shared application context ({@link AppTest}); the users they act as, and
 * a GET that expects 200.
 */
@AppTest
abstract class ExportTestSupport {
    static final CurrentUser ASSESSOR = new CurrentUser("assessor", "第三方评估组", "-", Role.ASSESSOR, null, null, true);
    static final CurrentUser ADMIN = new CurrentUser("admin", "系统管理员", "-", Role.ADMIN, null, null, true);
    /** A basic court's administrator: sees 江0102 only. */
    static final CurrentUser BASIC_COURT = new CurrentUser("chengdong", "城东区法院执行局", "-", Role.COURT_ADMIN, "江0102", null, true);
    /** An intermediate court's administrator: sees 江01 and the basic courts under it. */
    static final CurrentUser INTERMEDIATE_COURT = new CurrentUser("zhongyuan", "澄源中院执行局", "-", Role.COURT_ADMIN, "江01", null, true);
    static final CurrentUser OFFICER = new CurrentUser("sunxueyan", "孙雪艳", "-", Role.OFFICER, "江0102", "江0102-001", true);
    static final String COURT = "江0102";
    /** 执行完毕率: computed from cases, with a numerator and a denominator. */
    static final String NODE = "B4.02.1";

    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationService service;

    MockHttpServletResponse ok(CurrentUser as, String url, Object... vars) throws Exception {
        return mvc.perform(get(url, vars).with(user(as))).andExpect(status().isOk()).andReturn().getResponse();
    }

    int statusOf(CurrentUser as, String url, Object... vars) throws Exception {
        return mvc.perform(get(url, vars).with(user(as))).andReturn().getResponse().getStatus();
    }
}
