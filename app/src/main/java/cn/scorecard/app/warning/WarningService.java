package cn.scorecard.app.warning;

import cn.scorecard.app.platform.ProvinceSource;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.deadline.DeadlineRules;
import cn.scorecard.core.warning.DataEnd;
import cn.scorecard.core.warning.Warning;
import cn.scorecard.core.warning.WarningFilter;
import cn.scorecard.core.warning.WarningKind;
import cn.scorecard.core.warning.WarningScanner;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import cn.scorecard.app.platform.cache.VersionedCache;
import java.util.HashMap;
import java.util.TreeSet;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * The warnings of the current data as of a day. "Now" is the real clock in the courts' time zone; for another
 * day it is that day's last minute, when its records are complete. Data taken in the past (the demo ends on
 * 2025-12-31) would show every clock as long overdue today, so the default day is the earlier of today and the
 * data's last recorded day.
 */
@Service
class WarningService {
    private final ProvinceSource province;
    private final WarningAccess access;
    private final DeadlineRules rules = DeadlineRules.bundled();
    private final ZoneId zone;
    private volatile Snapshot snapshot;
    private final VersionedCache<List<Warning>> scans = new VersionedCache<>(256);

    /** What is derived once per data version: the scanner, the last recorded day, staff ids to roster indexes. */
    record Snapshot(long version, ProvinceData data, WarningScanner scanner, LocalDate lastDay,
                    Map<String, Integer> staffIndex) {
        int staff(String id) {
            return id == null ? -1 : staffIndex.getOrDefault(id, -1);
        }
    }

    WarningService(ProvinceSource province, WarningAccess access,
                   @Value("${scorecard.time-zone:Asia/Shanghai}") String zone) {
        this.province = province;
        this.access = access;
        this.zone = ZoneId.of(zone);
    }

    Snapshot snapshot() {
        long version = province.version();
        Snapshot s = snapshot;
        if (s == null || s.version() != version) {
            ProvinceData data = province.current();
            Map<String, Integer> ids = new HashMap<>();
            for (int i = data.staff().size() - 1; i >= 0; i--) ids.put(data.staff().get(i).id(), i);
            s = new Snapshot(version, data, new WarningScanner(data, rules), DataEnd.lastDay(data), Map.copyOf(ids));
            snapshot = s;
        }
        return s;
    }

    LocalDate today() {
        return LocalDate.now(zone);
    }

    LocalDate defaultAsOf(Snapshot s) {
        LocalDate today = today();
        return s.lastDay() != null && s.lastDay().isBefore(today) ? s.lastDay() : today;
    }

    LocalDateTime moment(LocalDate asOf) {
        return asOf.equals(today()) ? LocalDateTime.now(zone).truncatedTo(ChronoUnit.MINUTES) : asOf.atTime(23, 59);
    }

    /** The warnings a user may see for the chosen court, officer and day; the rule filter applies after the counts. */
    Found find(CurrentUser user, String court, String staff, String rule, LocalDate asOf) {
        Snapshot s = snapshot();
        List<WarningKind> kinds = s.scanner().kinds();
        if (rule != null && kinds.stream().noneMatch(k -> k.id().equals(rule))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, Messages.text("warnings.error.unknownRule", rule));
        }
        WarningScope scope = access.resolve(user, s, court, staff);
        LocalDate day = asOf == null ? defaultAsOf(s) : asOf;
        LocalDateTime moment = moment(day);
        List<Warning> all = scope.nobody() ? List.of() : scan(s, moment, scope);
        List<Warning> shown = rule == null ? all : all.stream().filter(w -> w.ruleId().equals(rule)).toList();
        return new Found(s, scope, day, moment, KindCount.of(kinds, all), shown);
    }

    /**
     * The warnings of a scope at a moment, scanned once per data version, moment and scope: the moment is the
     * current minute today (so a page reloaded within the minute, or the same page of fifty users, scans once) and
     * the last minute of an earlier day; a new data version empties the cache.
     */
    List<Warning> scan(Snapshot s, LocalDateTime moment, WarningScope scope) {
        String key = moment + "|" + new TreeSet<>(scope.courts()) + "|" + scope.staff();
        return scans.get(s.version(), key,
                () -> List.copyOf(s.scanner().scan(moment, new WarningFilter(scope.courts(), scope.staff(), null))));
    }

    /** Scans computed since the start (for tests). */
    long scans() {
        return scans.computations();
    }

    /** The answer to one request: the scope, the moment, the counts per rule and the warnings in order of urgency. */
    record Found(Snapshot snapshot, WarningScope scope, LocalDate asOf, LocalDateTime moment, List<KindCount> counts,
                 List<Warning> warnings) {
        WarningKind kind(String id) {
            return snapshot.scanner().kinds().stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
        }

        List<WarningRow> rows(int from, int to) {
            return warnings.subList(Math.min(from, warnings.size()), Math.min(to, warnings.size())).stream()
                    .map(w -> WarningRow.of(snapshot.data(), w, kind(w.ruleId()))).toList();
        }
    }
}
