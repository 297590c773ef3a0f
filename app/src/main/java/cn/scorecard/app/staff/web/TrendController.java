package cn.scorecard.app.staff.web;

import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.staff.StaffAccess;
import cn.scorecard.app.staff.StaffResultService;
import cn.scorecard.app.staff.versions.StaffYear;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.data.StaffMember;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ECharts option of a person's monthly totals in the year, with the pass mark; the same months as the person page. */
@RestController
@StaffAccess.Everyone
class TrendController {
    private final StaffAccess access;
    private final StaffYear year;
    private final StaffResultService service;

    TrendController(StaffAccess access, StaffYear year, StaffResultService service) {
        this.access = access;
        this.year = year;
        this.service = service;
    }

    @GetMapping("/staff/people/{staffId}/trend")
    Map<String, Object> trend(@PathVariable String staffId, @RequestParam(required = false) YearMonth month,
                              @AuthenticationPrincipal CurrentUser user) {
        StaffMember member = access.requirePerson(user, staffId);
        YearMonth m = month == null ? service.defaultMonth() : month;
        List<StaffYear.Month> months = year.person(access.courtCode(member), staffId, m, !StaffAccess.manager(user));
        double pass = service.rules(access.courtCode(member), m).passMark();
        List<String> labels = new ArrayList<>();
        List<Object> totals = new ArrayList<>();
        double low = pass;
        double high = 100;
        for (int i = 1; i <= m.getMonthValue(); i++) {
            labels.add(Messages.text("chart.monthAxis", String.valueOf(i)));
            YearMonth ym = YearMonth.of(m.getYear(), i);
            Double t = months.stream().filter(x -> x.month().equals(ym)).findFirst().map(x -> x.person().total()).orElse(null);
            totals.add(t);
            if (t != null) {
                low = Math.min(low, t);
                high = Math.max(high, t);
            }
        }
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("type", "line");
        series.put("name", Messages.text("staffTrend.series"));
        series.put("data", totals);
        series.put("connectNulls", false);
        series.put("label", Map.of("show", true, "formatter", "{c}"));
        series.put("markLine", Map.of("symbol", "none", "lineStyle", Map.of("color", "#b42318", "type", "dashed"),
                "label", Map.of("formatter", Messages.text("staffTrend.passMark", String.valueOf(Math.round(pass)))), "data", List.of(Map.of("yAxis", pass))));
        return Map.of("tooltip", Map.of("trigger", "axis"), "grid", Map.of("left", 40, "right", 70, "top", 24, "bottom", 28),
                "xAxis", Map.of("type", "category", "data", labels),
                "yAxis", Map.of("type", "value", "min", Math.max(0, Math.floor((low - 10) / 10) * 10),
                        "max", Math.ceil((high + 5) / 10) * 10),
                "series", List.of(series));
    }
}
