package cn.scorecard.app.warning;

import cn.scorecard.core.warning.Warning;
import cn.scorecard.core.warning.WarningFilter;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The open warnings of one case (the case page), as the warnings page would list them on its default day. */
@Component
public class CaseWarnings {
    private final WarningService warnings;

    CaseWarnings(WarningService warnings) {
        this.warnings = warnings;
    }

    /** The day the warnings are read as of: the earlier of today and the data's last recorded day. */
    public LocalDate asOf() {
        return warnings.defaultAsOf(warnings.snapshot());
    }

    /** Scans the case's court only, then keeps the case's own clocks. */
    public List<Warning> of(int courtIndex, int row) {
        WarningService.Snapshot s = warnings.snapshot();
        return s.scanner().scan(warnings.moment(warnings.defaultAsOf(s)), new WarningFilter(Set.of(courtIndex), -1, null))
                .stream().filter(w -> w.row() == row).toList();
    }
}
