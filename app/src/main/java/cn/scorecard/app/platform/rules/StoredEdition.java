package cn.scorecard.app.platform.rules;

import cn.scorecard.core.rulebook.Edition;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A stored version as the rule book lists it: its dates, where it came from, and its activation (null while it is
 * only proposed).
 */
public record StoredEdition(RuleVersion.Kind kind, String version, String title, LocalDate from, LocalDate to,
                            String basedOn, String note, LocalDateTime createdAt, String createdBy,
                            Long activation, LocalDateTime activatedAt, String activatedBy) {
    public boolean active() {
        return activation != null;
    }

    /** 已启用 / 待启用, as the lists show it. */
    public String statusLabel() {
        return active() ? "已启用" : "待启用";
    }

    Edition edition() {
        return new Edition(version, title, from, to, activation == null ? -1 : activation);
    }
}
