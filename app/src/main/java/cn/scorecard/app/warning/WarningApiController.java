package cn.scorecard.app.warning;

import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.SignedIn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The warnings as JSON, under the page's access rules. */
@RestController
@SignedIn
@Tag(name = "预警", description = "执行案件节点期限、执行款发放、法定期限与超12个月未结的临期和超期预警")
class WarningApiController {
    static final int DEFAULT_SIZE = 100;
    static final int MAX_SIZE = 1000;
    private final WarningService service;

    WarningApiController(WarningService service) {
        this.service = service;
    }

    @GetMapping("/api/warnings")
    @Operation(summary = "期限预警列表",
            description = "列出统计时点仍未结（执行款为尚未发放）、且临近或已超过期限的案件，按紧急程度排序：已超期在前（超期最久者最前），"
                    + "其后剩余时间最少者在前。规则包括 rules/deadlines.yaml 的各关键节点期限（5日内启动网络查询、48小时内线上控制、"
                    + "10个工作日内线下控制、30日内启动评估或拍卖、5个工作日内送达评估报告等）、执行款1个月内发放（经审批的超期发放除外）、"
                    + "6个月法定期限和立案满12个月。工作日规则按工作日历（含法定节假日与调休）计算剩余工作日。"
                    + "权限：执行干警只能查看本人作为承办法官、法官助理或书记员的案件，指定其他干警返回 403；"
                    + "法院管理员和考核领导小组只能查看本院（及下级法院）的数据，指定其他法院返回 403；评估组和系统管理员可查看全部法院。")
    @ApiResponse(responseCode = "200", description = "预警列表")
    @ApiResponse(responseCode = "400", description = "参数有误（如未知的预警规则、日期格式错误）")
    @ApiResponse(responseCode = "403", description = "无权查看该法院或该干警的预警")
    @ApiResponse(responseCode = "404", description = "未知的干警编号")
    WarningReport warnings(
            @Parameter(description = "法院代码，如 江0102；缺省为本人可查看的全部法院") @RequestParam(required = false) String court,
            @Parameter(description = "干警人员编号，如 江0102-001：只列出其作为承办法官、法官助理或书记员的案件") @RequestParam(required = false) String staff,
            @Parameter(description = "预警规则编号，如 online_search、assessment_report_served、payment_release、statutory_period、long_pending")
            @RequestParam(required = false) String rule,
            @Parameter(description = "统计日期（yyyy-MM-dd）；缺省为今天与数据最后记录日中较早者。当天按当前时间计算，其他日期按当日 23:59 计算")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @Parameter(description = "页码，从 1 开始") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "每页条数，最多 1000") @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size,
            @Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user) {
        WarningService.Found f = service.find(user, blank(court), blank(staff), blank(rule), asOf);
        int n = Math.max(1, Math.min(MAX_SIZE, size));
        int p = Math.max(1, Math.min(page, 1_000_000));
        return new WarningReport(f.asOf(), f.moment(), f.snapshot().lastDay(), f.warnings().size(), p, n, f.counts(),
                f.rows((p - 1) * n, p * n));
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
