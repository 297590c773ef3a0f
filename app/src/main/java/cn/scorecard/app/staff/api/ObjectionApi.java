package cn.scorecard.app.staff.api;

import cn.scorecard.app.staff.StaffAccess;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.staff.objections.Decision;
import cn.scorecard.app.staff.objections.Objection;
import cn.scorecard.app.staff.objections.ObjectionFiling;
import cn.scorecard.app.staff.objections.ObjectionService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** 异议复核 as JSON: file, list, read, decide — the pages' rules; every change needs the CSRF token like the pages. */
@RestController
@RequestMapping("/api/staff/objections")
@Tag(name = "异议复核", description = "执行干警对已发布的月度考核结果提出异议，考核领导小组复核决定（予以采纳时调整得分并生成新的结果版本）")
@StaffAccess.Everyone
class ObjectionApi {
    private final ObjectionService service;
    private final ObjectionFiling filing;

    ObjectionApi(ObjectionService service, ObjectionFiling filing) {
        this.service = service;
        this.filing = filing;
    }

    @PostMapping(consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE})
    @StaffAccess.Officer
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "提出异议", description = "执行干警本人对某月已发布的最新结果提出异议：须在发布后 scorecard.staff.objection-days 日内（默认 7 日），"
            + "理由必填，可附一个文件（pdf、png、jpg、doc、docx、xls、xlsx，20 MB 以内，按内容核验类型）。同一月份已有待复核的异议时不能再提。")
    @ApiResponse(responseCode = "201", description = "已提交")
    @ApiResponse(responseCode = "400", description = "未发布、已过异议期、已有待复核的异议、理由为空或附件不合规")
    @ApiResponse(responseCode = "403", description = "不是执行干警本人")
    Objection file(@Parameter(description = "考核月份 yyyy-MM") @RequestParam YearMonth month,
                   @Parameter(description = "异议理由") @RequestParam(required = false) String reason,
                   @Parameter(description = "附件（可选）") @RequestPart(required = false) MultipartFile attachment,
                   @Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user) {
        return filing.file(user, month, reason, attachment);
    }

    @GetMapping
    @Operation(summary = "异议列表", description = "执行干警只看到本人的异议；考核领导小组和法院管理员看到本院（及下级法院）的异议。")
    List<Objection> list(@Parameter(description = "考核月份 yyyy-MM") @RequestParam(required = false) YearMonth month,
                         @Parameter(description = "PENDING、UPHELD 或 REJECTED") @RequestParam(required = false) String status,
                         @Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user) {
        return service.list(user, month, status == null || status.isBlank() ? null : status);
    }

    @GetMapping("/{id}")
    @Operation(summary = "异议详情", description = "异议、复核决定和得分调整。执行干警只能查看本人的异议，其他返回 403。")
    @ApiResponse(responseCode = "403", description = "无权查看该异议")
    @ApiResponse(responseCode = "404", description = "异议不存在")
    ApiViews.ObjectionDetail get(@PathVariable long id, @Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user) {
        Objection o = found(user, id);
        return new ApiViews.ObjectionDetail(o, service.adjustments(o));
    }

    @PostMapping(path = "/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @StaffAccess.Group
    @Operation(summary = "复核决定", description = "仅异议所在法院的考核领导小组可以决定：UPHELD（予以采纳，至少一项得分调整，生成新的待审核结果版本）"
            + "或 REJECTED（不予采纳）；复核理由必填。每项异议只能决定一次。")
    @ApiResponse(responseCode = "200", description = "已决定")
    @ApiResponse(responseCode = "400", description = "决定、理由或调整不完整")
    @ApiResponse(responseCode = "403", description = "不是该院考核领导小组")
    @ApiResponse(responseCode = "409", description = "该异议已复核")
    ApiViews.ObjectionDetail decide(@PathVariable long id, @RequestBody Decision decision,
                                    @Parameter(hidden = true) @AuthenticationPrincipal CurrentUser user) {
        found(user, id);
        Objection o = service.decide(user, id, decision);
        return new ApiViews.ObjectionDetail(o, service.adjustments(o));
    }

    private Objection found(CurrentUser user, long id) {
        try {
            return service.get(user, id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }
}
