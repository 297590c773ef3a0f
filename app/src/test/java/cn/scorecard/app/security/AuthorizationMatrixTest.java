package cn.scorecard.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import cn.scorecard.app.AppTest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the application × every role × own scope / another court's scope, against the expected outcome.
 * The routes are enumerated from the handler mappings, so a route added without a line in {@link #RULES} fails
 * {@link #everyRouteHasARule()}. A line says which roles may use the route (the effective rule: roles and policy
 * together) and whether it is court-scoped; a role outside the list must get 403 (anonymous: 401 for the API, the
 * login page otherwise); a role in the list must get its page or action (2xx/3xx, or the status the line names) for
 * its own court, and 403 for another court when the route is court-scoped and the role is court-bound.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {
    /**
     * METHOD path-pattern | roles (ALL = every signed-in role, PUBLIC = anyone) | scope (court / -) | sample request
     * [| status for allowed roles]. Placeholders of the sample: {C} court, {S} officer, {SR} staff run, {OBJ}
     * objection, {EVF} evidence file, {INC} incident file, {ER} evaluation run, {M} the month of the fixtures, {CASE} a case
     * number of the court.
     */
    static final String RULES = """
            GET /login | PUBLIC | - | /login
            ANY /error | PUBLIC | - | /error
            GET /account/password | PUBLIC | - | /account/password
            POST /account/password | PUBLIC | - | /account/password?username=nobody&current=x&chosen=y&repeated=y
            GET /account/tokens | ALL | - | /account/tokens
            POST /account/tokens | ALL | - | /account/tokens?name=矩阵&scope=READ&days=1
            POST /account/tokens/{id}/revoke | ALL | - | /account/tokens/999999/revoke | 404
            GET /admin/tokens | ADMIN | - | /admin/tokens
            POST /admin/tokens | ADMIN | - | /admin/tokens?username=assessor&name=矩阵&scope=READ&days=1
            POST /admin/tokens/{id}/revoke | ADMIN | - | /admin/tokens/999999/revoke | 404
            GET / | ALL | - | /
            GET /evaluation/ranking | ADMIN ASSESSOR COURT_ADMIN | - | /evaluation/ranking?level=BASIC
            GET /evaluation/compare | ADMIN ASSESSOR COURT_ADMIN | court | /evaluation/compare?a={C}&b={C}
            GET /evaluation/courts/{code} | ADMIN ASSESSOR COURT_ADMIN | court | /evaluation/courts/{C}
            GET /evaluation/courts/{code}/indicators/{node}/records | ADMIN ASSESSOR COURT_ADMIN | court | /evaluation/courts/{C}/indicators/B4.02.1/records
            GET /evaluation/courts/{code}/charts/radar | ADMIN ASSESSOR COURT_ADMIN | court | /evaluation/courts/{C}/charts/radar
            GET /evaluation/courts/{code}/charts/trend | ADMIN ASSESSOR COURT_ADMIN | court | /evaluation/courts/{C}/charts/trend
            GET /evaluation/courts/{code}/charts/ages | ADMIN ASSESSOR COURT_ADMIN | court | /evaluation/courts/{C}/charts/ages
            GET /evaluation/courts/{code}/charts/years | ADMIN ASSESSOR COURT_ADMIN | court | /evaluation/courts/{C}/charts/years
            GET /evaluation/ranking.xlsx | ADMIN ASSESSOR COURT_ADMIN | - | /evaluation/ranking.xlsx?level=BASIC
            GET /evaluation/courts/{code}/tree.xlsx | ADMIN ASSESSOR COURT_ADMIN | court | /evaluation/courts/{C}/tree.xlsx
            GET /evaluation/courts/{code}/indicators/{node}/records.xlsx | ADMIN ASSESSOR COURT_ADMIN | court | /evaluation/courts/{C}/indicators/B4.02.1/records.xlsx
            GET /evaluation/courts/{code}/report.pdf | ADMIN ASSESSOR COURT_ADMIN | court | /evaluation/courts/{C}/report.pdf
            POST /evaluation/courts/{code}/report/jobs | ADMIN ASSESSOR COURT_ADMIN | court | /evaluation/courts/{C}/report/jobs
            GET /evaluation/report-jobs/{id} | ADMIN ASSESSOR COURT_ADMIN | - | /evaluation/report-jobs/999999 | 404
            GET /api/courts | ADMIN ASSESSOR COURT_ADMIN | - | /api/courts
            GET /api/evaluation/ranking | ADMIN ASSESSOR COURT_ADMIN | - | /api/evaluation/ranking
            GET /api/evaluation/courts/{code} | ADMIN ASSESSOR COURT_ADMIN | court | /api/evaluation/courts/{C}
            GET /api/evaluation/courts/{code}/indicators/{node}/records | ADMIN ASSESSOR COURT_ADMIN | court | /api/evaluation/courts/{C}/indicators/B4.02.1/records
            GET /evaluation/courts/{code}/lost-points | ADMIN ASSESSOR COURT_ADMIN | court | /evaluation/courts/{C}/lost-points
            GET /evaluation/courts/{code}/lost-points.xlsx | ADMIN ASSESSOR COURT_ADMIN | court | /evaluation/courts/{C}/lost-points.xlsx
            GET /api/evaluation/courts/{code}/lost-points | ADMIN ASSESSOR COURT_ADMIN | court | /api/evaluation/courts/{C}/lost-points
            GET /cases/{court}/{number} | ALL | court | /cases/{C}/{CASE}
            GET /api/cases/{court}/{number} | ALL | court | /api/cases/{C}/{CASE}
            GET /evidence | ADMIN ASSESSOR COURT_ADMIN | - | /evidence
            GET /evidence/{court} | ADMIN ASSESSOR COURT_ADMIN | court | /evidence/{C}
            GET /evidence/{court}/{code} | ADMIN ASSESSOR COURT_ADMIN | court | /evidence/{C}/B1.01.1?year=2025
            POST /evidence/{court}/{code}/assessment | ADMIN ASSESSOR | court | /evidence/{C}/B1.01.1/assessment?year=2025&status=MET
            POST /evidence/{court}/{code}/files | ADMIN ASSESSOR COURT_ADMIN | court | multipart /evidence/{C}/B1.01.1/files?year=2025
            POST /evidence/{court}/{code}/comments | ADMIN ASSESSOR COURT_ADMIN | court | /evidence/{C}/B1.01.1/comments?year=2025&body=matrix
            GET /evidence/files/{id} | ADMIN ASSESSOR COURT_ADMIN | court | /evidence/files/{EVF}
            GET /periods | ADMIN ASSESSOR | - | /periods
            POST /periods/compute | ADMIN ASSESSOR | - | /periods/compute?year=2025&month=3
            GET /periods/jobs/{id} | ADMIN ASSESSOR | - | /periods/jobs/999999 | 404
            GET /periods/runs/{id} | ADMIN ASSESSOR | - | /periods/runs/{ER}
            POST /periods/runs/{id}/publish | ADMIN ASSESSOR | - | /periods/runs/{ER}/publish
            GET /import | ADMIN ASSESSOR | - | /import
            POST /import | ADMIN ASSESSOR | - | multipart /import | 400
            GET /import/jobs/{id} | ADMIN ASSESSOR | - | /import/jobs/999999 | 404
            GET /import/templates/{name}.csv | ADMIN ASSESSOR | - | /import/templates/案件.csv
            GET /import/templates/all.xlsx | ADMIN ASSESSOR | - | /import/templates/all.xlsx
            GET /import/mapping/{id} | ADMIN ASSESSOR | - | /import/mapping/999999 | 404
            POST /import/mapping/{id}/preview | ADMIN ASSESSOR | - | /import/mapping/999999/preview | 404
            POST /import/mapping/{id}/import | ADMIN ASSESSOR | - | /import/mapping/999999/import | 404
            GET /import/profiles/{name}.yaml | ADMIN ASSESSOR | - | /import/profiles/没有.yaml | 404
            GET /audit | ADMIN ASSESSOR COURT_ADMIN STAFF_GROUP | - | /audit
            GET /audit.xlsx | ADMIN ASSESSOR COURT_ADMIN STAFF_GROUP | - | /audit.xlsx
            GET /audit/verify | ADMIN | - | /audit/verify
            GET /admin/users | ADMIN | - | /admin/users
            GET /admin/users.xlsx | ADMIN | - | /admin/users.xlsx
            POST /admin/users | ADMIN | - | /admin/users?username=matrix-user&displayName=矩阵&role=OFFICER&courtCode=江0102&password=matrix-password-2026&enabled=true
            GET /notifications | ALL | - | /notifications
            POST /notifications/{id}/read | ALL | - | /notifications/1/read
            POST /notifications/read-all | ALL | - | /notifications/read-all
            GET /warnings | ALL | court | /warnings?court={C}
            GET /warnings.xlsx | ALL | court | /warnings.xlsx?court={C}
            GET /api/warnings | ALL | court | /api/warnings?court={C}
            GET /staff | ADMIN COURT_ADMIN STAFF_GROUP OFFICER | - | /staff
            GET /staff/me | OFFICER | - | /staff/me?month={M}
            GET /staff/people/{staffId} | ADMIN COURT_ADMIN STAFF_GROUP OFFICER | court | /staff/people/{S}?month={M}
            GET /staff/people/{staffId}/trend | ADMIN COURT_ADMIN STAFF_GROUP OFFICER | court | /staff/people/{S}/trend?month={M}
            GET /staff/ranking | ADMIN COURT_ADMIN STAFF_GROUP | court | /staff/ranking?court={C}&month={M}
            GET /staff/ranking/year | ADMIN COURT_ADMIN STAFF_GROUP | court | /staff/ranking/year?court={C}&month={M}
            GET /staff/versions | ADMIN COURT_ADMIN STAFF_GROUP | court | /staff/versions?court={C}&month={M}
            POST /staff/versions/compute | ADMIN STAFF_GROUP | court | /staff/versions/compute?court={C}&month=2025-10
            POST /staff/versions/{id}/publish | ADMIN STAFF_GROUP | court | /staff/versions/{SR}/publish
            GET /staff/notice.xlsx | ADMIN COURT_ADMIN STAFF_GROUP | court | /staff/notice.xlsx?court={C}&month={M}
            GET /staff/notice.pdf | ADMIN COURT_ADMIN STAFF_GROUP | court | /staff/notice.pdf?court={C}&month={M}
            GET /staff/objections | ADMIN COURT_ADMIN STAFF_GROUP OFFICER | - | /staff/objections?month={M}
            GET /staff/objections.xlsx | ADMIN COURT_ADMIN STAFF_GROUP OFFICER | - | /staff/objections.xlsx?month={M}
            POST /staff/objections | OFFICER | - | /staff/objections?month={M}&reason=矩阵测试的异议
            GET /staff/objections/{id} | ADMIN COURT_ADMIN STAFF_GROUP OFFICER | court | /staff/objections/{OBJ}
            POST /staff/objections/{id}/decision | STAFF_GROUP | court | /staff/objections/{OBJ}/decision?decision=REJECTED&reason=不予采纳
            GET /staff/objections/{id}/attachment | ADMIN COURT_ADMIN STAFF_GROUP OFFICER | court | /staff/objections/{OBJ}/attachment | 404
            POST /staff/interviews | STAFF_GROUP | court | /staff/interviews?court={C}&month={M}&staffId={S}&date=2025-10-08&interviewer=局长&notes=约谈
            GET /staff/records | ADMIN COURT_ADMIN STAFF_GROUP | court | /staff/records?court={C}&month={M}
            GET /staff/records.xlsx | ADMIN COURT_ADMIN STAFF_GROUP | court | /staff/records.xlsx?court={C}&month={M}
            GET /staff/records/kinds | ADMIN STAFF_GROUP | court | /staff/records/kinds?staff={S}
            POST /staff/records/incidents | ADMIN STAFF_GROUP | court | /staff/records/incidents?court={C}&month={M}&staff={S}&day=2025-09-10&kind={KIND}&count=1
            POST /staff/records/incidents/update | ADMIN STAFF_GROUP | court | /staff/records/incidents/update?court={C}&month={M}&id={EVENT}&staff={S}&day=2025-09-11&kind={KIND}&count=1
            POST /staff/records/incidents/delete | ADMIN STAFF_GROUP | court | /staff/records/incidents/delete?court={C}&month={M}&id={SPARE}
            POST /staff/records/incidents/files | ADMIN STAFF_GROUP | court | multipart /staff/records/incidents/files?court={C}&month={M}&id={EVENT}
            GET /staff/records/files/{id} | ADMIN COURT_ADMIN STAFF_GROUP | court | /staff/records/files/{INC}
            POST /staff/records/vetoes | ADMIN STAFF_GROUP | court | /staff/records/vetoes?court={C}&month={M}&staff={S}&day=2025-09-12&condition={VETO}
            POST /staff/records/vetoes/delete | ADMIN STAFF_GROUP | court | /staff/records/vetoes/delete?court={C}&month={M}&staff={S}&day=2025-09-12&condition={VETO}
            POST /staff/records/quotas | ADMIN STAFF_GROUP | court | /staff/records/quotas?court={C}&month={M}&staff={S}&quota=5
            POST /staff/records/clerks | ADMIN STAFF_GROUP | court | /staff/records/clerks?court={C}&month={M}&staff={S}
            GET /api/staff/me | OFFICER | - | /api/staff/me?month={M}
            GET /api/staff/people/{staffId} | ADMIN COURT_ADMIN STAFF_GROUP OFFICER | court | /api/staff/people/{S}?month={M}
            GET /api/staff/ranking | ADMIN COURT_ADMIN STAFF_GROUP | court | /api/staff/ranking?court={C}&month={M}
            GET /api/staff/ranking/year | ADMIN COURT_ADMIN STAFF_GROUP | court | /api/staff/ranking/year?court={C}&month={M}
            POST /api/staff/objections | OFFICER | - | /api/staff/objections?month={M}&reason=接口提出的异议
            GET /api/staff/objections | ADMIN COURT_ADMIN STAFF_GROUP OFFICER | - | /api/staff/objections?month={M}
            GET /api/staff/objections/{id} | ADMIN COURT_ADMIN STAFF_GROUP OFFICER | court | /api/staff/objections/{OBJ}
            POST /api/staff/objections/{id}/decision | STAFF_GROUP | court | json /api/staff/objections/{OBJ}/decision | 409
            GET /rules | ADMIN STAFF_GROUP | - | /rules
            GET /rules/catalogs/{version}/{level}.yaml | ADMIN | - | /rules/catalogs/2019/basic.yaml
            GET /rules/staff/{version}.yaml | ADMIN STAFF_GROUP | - | /rules/staff/wancheng-2023-127.yaml
            GET /rules/catalogs/compare | ADMIN | - | /rules/catalogs/compare?a=2016&b=2019&level=BASIC
            GET /rules/staff/compare | ADMIN STAFF_GROUP | - | /rules/staff/compare?a=wancheng-2023-127&b=chengxi-2024-15
            GET /rules/catalogs/new | ADMIN | - | /rules/catalogs/new?basedOn=2019&level=HIGH
            POST /rules/catalogs | ADMIN | - | /rules/catalogs?version=bad/name&from=2030-01-01&basedOn=2019&level=BASIC
            POST /rules/catalogs/upload | ADMIN | - | multipart /rules/catalogs/upload?version=bad/name&from=2030-01-01&level=BASIC
            GET /rules/catalogs/{version}/preview | ADMIN | - | /rules/catalogs/2016/preview?year=2016
            POST /rules/catalogs/{version}/activate | ADMIN | - | /rules/catalogs/2016/activate
            POST /rules/staff/upload | ADMIN STAFF_GROUP | - | multipart /rules/staff/upload?from=2030-01-01
            GET /rules/staff/{version}/preview | ADMIN STAFF_GROUP | court | /rules/staff/chengxi-2024-15/preview?court={C}&month={M}
            POST /rules/staff/{version}/assign | ADMIN STAFF_GROUP | court | /rules/staff/wancheng-2023-127/assign?court={C}&from=2099-01
            GET /v3/api-docs | ALL | - | /v3/api-docs
            GET /v3/api-docs.yaml | ALL | - | /v3/api-docs.yaml
            GET /v3/api-docs/swagger-config | ALL | - | /v3/api-docs/swagger-config
            GET /swagger-ui.html | ALL | - | /swagger-ui.html
            """;

    static final Role[] ROLES = Role.values();
    @Autowired
    MockMvc mvc;
    @Autowired
    RequestMappingHandlerMapping mapping;
    @Autowired
    org.springframework.context.ApplicationContext context;
    MatrixFixtures.Ids ids;

    @BeforeAll
    void fixtures() throws Exception {
        ids = new MatrixFixtures(context.getBean(cn.scorecard.app.staff.versions.StaffRuns.class),
                context.getBean(cn.scorecard.app.staff.objections.ObjectionFiling.class),
                context.getBean(cn.scorecard.app.staff.records.StaffRecordService.class),
                context.getBean(cn.scorecard.app.staff.StaffResultService.class),
                context.getBean(cn.scorecard.app.platform.runs.ResultRuns.class),
                context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)).create(mvc);
    }

    record Rule(String method, String pattern, Set<Role> roles, boolean publicRoute, boolean courtScoped, String sample,
                Integer allowedStatus) {
        static Rule parse(String line) {
            String[] f = line.split("\\|");
            String[] route = f[0].trim().split(" ", 2);
            String who = f[1].trim();
            Set<Role> roles = EnumSet.noneOf(Role.class);
            if (who.equals("ALL")) roles.addAll(List.of(ROLES));
            else if (!who.equals("PUBLIC")) for (String r : who.split("\\s+")) roles.add(Role.valueOf(r));
            return new Rule(route[0], route[1], roles, who.equals("PUBLIC"), f[2].trim().equals("court"), f[3].trim(),
                    f.length > 4 ? Integer.valueOf(f[4].trim()) : null);
        }

        String key() {
            return method + " " + pattern;
        }
    }

    static Map<String, Rule> rules() {
        Map<String, Rule> out = new LinkedHashMap<>();
        RULES.lines().filter(l -> !l.isBlank()).map(Rule::parse).forEach(r -> {
            if (out.put(r.key(), r) != null) throw new IllegalStateException("两条规则：" + r.key());
        });
        return out;
    }

    /** The routes the application serves, as "METHOD pattern" (ANY for a handler of every method). */
    Set<String> routes() {
        Set<String> out = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : e.getKey().getPatternValues()) {
                if (methods.isEmpty()) out.add("ANY " + pattern);
                for (RequestMethod m : methods) out.add(m.name() + " " + pattern);
            }
        }
        return out;
    }

    @Test
    void everyRouteHasARule() {
        Set<String> routes = routes();
        assertThat(routes).as("路由没有访问规则（在 RULES 中补上一行）").isSubsetOf(rules().keySet());
        assertThat(rules().keySet()).as("规则对应的路由已不存在").isSubsetOf(routes);
    }

    @Test
    void everyHandlerOfTheApplicationDeclaresItsRoles() {
        List<String> undeclared = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, h) -> {
            if (!h.getBeanType().getName().startsWith("cn.scorecard.app.")) return;
            boolean declared = RoleAuthorization.isPublic(h.getMethod(), h.getBeanType())
                    || RoleAuthorization.allowed(h.getMethod(), h.getBeanType()).isPresent();
            if (!declared) undeclared.add(h.toString());
        });
        assertThat(undeclared).as("未声明角色的处理方法").isEmpty();
    }

    @Test
    void everyRouteAnswersEveryRoleAsItsRuleSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Rule rule : rules().values()) {
            wrong.addAll(check(rule, null, false));
            for (Role role : ROLES) {
                wrong.addAll(check(rule, role, false));
                if (rule.courtScoped()) wrong.addAll(check(rule, role, true));
            }
        }
        assertThat(wrong).as("与规则不符的响应").isEmpty();
    }

    /** One route for one role (null = anonymous), for the role's own scope or for another court. */
    private List<String> check(Rule rule, Role role, boolean otherCourt) throws Exception {
        MockHttpServletResponse r = perform(rule, role, otherCourt);
        int status = r.getStatus();
        String who = (role == null ? "匿名" : role.name()) + (otherCourt ? "（他院）" : "");
        String expected;
        boolean ok;
        if (rule.publicRoute()) {
            expected = "公开";
            ok = status < 500 && status != 401 && status != 403;
        } else if (role == null) {
            boolean api = rule.pattern().startsWith("/api/");
            expected = api ? "401" : "跳转登录";
            ok = api ? status == 401 : status == 302 && String.valueOf(r.getRedirectedUrl()).endsWith("/login");
        } else if (!rule.roles().contains(role) || (otherCourt && courtBound(role))) {
            expected = "403";
            ok = status == 403;
        } else if (rule.allowedStatus() != null) {
            expected = String.valueOf(rule.allowedStatus());
            ok = status == rule.allowedStatus();
        } else {
            expected = "2xx/3xx";
            ok = status >= 200 && status < 400 && !String.valueOf(r.getRedirectedUrl()).endsWith("/login");
        }
        return ok ? List.of() : List.of(rule.key() + " · " + who + "：应为 " + expected + "，实为 " + status
                + (r.getRedirectedUrl() == null ? "" : " → " + r.getRedirectedUrl()) + " " + snippet(r));
    }

    private static boolean courtBound(Role role) {
        return role != Role.ADMIN && role != Role.ASSESSOR;
    }

    private MockHttpServletResponse perform(Rule rule, Role role, boolean otherCourt) throws Exception {
        String sample = rule.sample();
        boolean isMultipart = sample.startsWith("multipart ");
        boolean isJson = sample.startsWith("json ");
        String uri = ids.fill(sample.replaceFirst("^(multipart|json) ", ""), role, otherCourt);
        HttpMethod method = rule.method().equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(rule.method());
        MockHttpServletRequestBuilder b;
        if (isMultipart) {
            var m = multipart(uri);
            m.file(new MockMultipartFile("file", "m.pdf", "application/pdf", "%PDF-1.4 matrix".getBytes()));
            m.file(new MockMultipartFile("files", "", "text/csv", new byte[0]));
            b = m;
        } else {
            b = request(method, uri);
        }
        if (isJson) b.contentType("application/json").content("{\"decision\":\"REJECTED\",\"reason\":\"不予采纳\"}");
        else if (!isMultipart && method != HttpMethod.GET) b.contentType("application/x-www-form-urlencoded");
        if (method != HttpMethod.GET) b.with(csrf());
        RequestPostProcessor user = role == null ? null : ids.user(role);
        if (user != null) b.with(user);
        return mvc.perform(b).andReturn().getResponse();
    }

    private static String snippet(MockHttpServletResponse r) {
        try {
            String s = r.getContentAsString();
            return s.length() > 160 ? s.substring(0, 160) : s;
        } catch (java.io.UnsupportedEncodingException e) {
            return "";
        }
    }
}
