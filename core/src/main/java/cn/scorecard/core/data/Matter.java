package cn.scorecard.core.data;

/** A delegated or supervised matter with its deadline; days are epoch days, doneDay NONE while open. */
public record Matter(String id, int court, MatterType type, int receivedDay, int deadlineDay, int doneDay,
                     String caseNumber, int staff) {
}
