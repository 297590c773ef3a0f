package cn.scorecard.app.staff.api;

import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.staff.StaffAccess;
import cn.scorecard.app.staff.StaffResultService;
import cn.scorecard.app.staff.StaffSnapshot;
import cn.scorecard.app.staff.versions.StaffMonths;
import cn.scorecard.app.staff.versions.StaffYear;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.data.StaffMember;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The staff assessment's results as JSON, under the pages' rules: officers read only their own published results. */
@RestController
@RequestMapping("/api/staff")
@Tag(name = "干警考核", description = "执行干警月度绩效考核结果（宛法〔2023〕127号）：本人结果、某人某月结果、本院排名与本年累计排名")
@StaffAccess.Everyone
class StaffApi {
    private final StaffResultService service;
    private final StaffAccess access;
    private final StaffMonths months;
    private final StaffYear year;

    StaffApi(StaffResultService service, StaffAccess access, StaffMonths months, StaffYear year) {
        this.service = service;
        this.access = access;
        this.months = months;
        this.year = year;
    }

    @GetMapping("/me")
    @StaffAccess.Officer
    @Operation(summary = "本人某月考核结果", description = "执行干警本人某月已发布的最新版本（各项目得分、扣分加分及其依据、总分、排名、本年不合格次数、"
            + "问责与评先评优资格）。尚未发布返回 404。")
    @ApiResponse(responseCode = "200", description = "考核结果")
    @ApiResponse(responseCode = "404", description = "该月结果尚未发布，或本人该月不参加考核")
    ApiViews.PersonMonth me(@Parameter(description = "考核月份 yyyy-MM，缺省为最近一个完整月份") @RequestParam(required = false) YearMonth month,
                            @Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user) {
        if (user.staffCode() == null) throw new AccessDeniedException(Messages.text("staff.error.noStaffCode"));
        return person(user.staffCode(), month, null, user);
    }

    @GetMapping("/people/{staffId}")
    @Operation(summary = "某人某月考核结果", description = "执行干警只能查询本人已发布的结果，查询他人返回 403；考核领导小组和法院管理员可查询本院（及下级法院）人员，"
            + "可通过 run 指定任一版本，缺省为已发布版本，未发布时为最新的待审核版本，尚无版本时为按当前数据实时计算的结果。")
    @ApiResponse(responseCode = "403", description = "无权查看该人员")
    @ApiResponse(responseCode = "404", description = "没有可查看的结果")
    ApiViews.PersonMonth person(@Parameter(description = "人员编号，如 江0102-001") @PathVariable String staffId,
                                @Parameter(description = "考核月份 yyyy-MM") @RequestParam(required = false) YearMonth month,
                                @Parameter(description = "结果版本 id（仅考核领导小组和管理员）") @RequestParam(required = false) Long run,
                                @Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user) {
        StaffMember member = access.requirePerson(user, staffId);
        String court = access.courtCode(member);
        StaffMonths.Shown shown = shown(court, month, run, StaffAccess.manager(user));
        StaffSnapshot.Person p = shown.snapshot().person(staffId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("staffApi.error.notAssessed")));
        return new ApiViews.PersonMonth(shown.snapshot().month(), court, ApiViews.Version.of(shown), p);
    }

    @GetMapping("/ranking")
    @Operation(summary = "本院某月考核排名", description = "个人按岗位（员额法官、法官助理、书记员）分别排名，团队按成员平均分排名，并列出约谈名单和问责名单。"
            + "仅考核领导小组、法院管理员和系统管理员可查询，且只能查询本院（及下级法院）。")
    @ApiResponse(responseCode = "403", description = "无权查看该法院")
    ApiViews.CourtMonth ranking(@Parameter(description = "法院代码，如 江0102") @RequestParam String court,
                                @Parameter(description = "考核月份 yyyy-MM") @RequestParam(required = false) YearMonth month,
                                @Parameter(description = "结果版本 id") @RequestParam(required = false) Long run,
                                @Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user) {
        access.requireCourt(user, court);
        StaffMonths.Shown shown = shown(court, month, run, true);
        StaffSnapshot s = shown.snapshot();
        var data = service.data();
        return new ApiViews.CourtMonth(s.month(), court, data.courts().get(data.courts().indexOf(court)).name(),
                ApiViews.Version.of(shown), s.ranked(), s.rankedTeams(), s.interviews(), s.accountable());
    }

    @GetMapping("/ranking/year")
    @Operation(summary = "本院本年累计排名", description = "按本年 1 月至指定月份已发布结果的月度总分平均分排名（按岗位分别排名），团队按各月团队平均分的平均排名。")
    StaffYear.YearToDate yearToDate(@Parameter(description = "法院代码") @RequestParam String court,
                                    @Parameter(description = "截至月份 yyyy-MM") @RequestParam(required = false) YearMonth month,
                                    @Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user) {
        access.requireCourt(user, court);
        return year.yearToDate(court, month == null ? service.defaultMonth() : month);
    }

    private StaffMonths.Shown shown(String court, YearMonth month, Long run, boolean manager) {
        YearMonth m = month == null ? service.defaultMonth() : month;
        if (run != null && manager) {
            StaffMonths.Shown s;
            try {
                s = months.run(run);
            } catch (IllegalArgumentException e) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
            }
            if (!s.run().scope().equals(court)) throw new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("staff.error.otherCourtsRun"));
            return s;
        }
        if (manager) return months.current(court, m);
        return months.published(court, m).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("staffNotice.error.unpublished")));
    }
}
