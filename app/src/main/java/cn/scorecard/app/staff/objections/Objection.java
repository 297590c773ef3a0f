package cn.scorecard.app.staff.objections;

import cn.scorecard.app.web.Messages;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * An officer's objection (异议) to a published monthly result and the assessment group's decision.
 *
 * @param runId the published version objected to
 * @param newRunId the version an upheld objection produced (a draft until the group publishes it)
 */
public record Objection(long id, String courtCode, String staffId, YearMonth month, long runId, String reason,
                        String attachmentName, String attachmentStored, String attachmentType, Long attachmentSize,
                        String filedBy, LocalDateTime filedAt, String status, String decisionReason, String decidedBy,
                        LocalDateTime decidedAt, Long newRunId) {
    public static final String PENDING = "PENDING";
    public static final String UPHELD = "UPHELD";
    public static final String REJECTED = "REJECTED";

    public boolean pending() {
        return PENDING.equals(status);
    }

    public boolean upheld() {
        return UPHELD.equals(status);
    }

    public boolean hasAttachment() {
        return attachmentStored != null;
    }

    public String statusLabel() {
        return switch (status) {
            case PENDING, UPHELD, REJECTED -> Messages.text("objections.status." + status);
            default -> status;
        };
    }
}
