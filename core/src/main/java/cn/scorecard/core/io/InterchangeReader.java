package cn.scorecard.core.io;

import java.util.List;
import java.util.Map;

/**
 * Reads tables of the interchange format (docs/data-format.md) in dependency order, checks every row and
 * hands the sound ones to a {@link RecordSink}. References resolve against the tables themselves and then
 * the {@link KnownKeys}. All errors are collected (up to {@link ImportErrors#LIMIT}); once there is one, no
 * further row reaches the sink, and the caller must discard what the sink did.
 */
public final class InterchangeReader {
    private InterchangeReader() {
    }

    /**
     * Reads the inputs of each type (absent types are empty), checking values against the rules, and returns
     * the errors, empty when sound.
     */
    public static List<ImportError> read(Map<RecordType, List<TableInput>> inputs, KnownKeys known, ReadRules rules,
                                         RecordSink sink, ReadProgress progress) {
        ReadContext ctx = new ReadContext(known, rules, sink, progress);
        for (RecordType type : RecordType.values()) {
            List<TableInput> tables = inputs.getOrDefault(type, List.of());
            if (!tables.isEmpty()) read(ctx, type, tables);
        }
        return ctx.errors.list();
    }

    /** Reads the tables of one type with the shared context. */
    static void read(ReadContext ctx, RecordType type, List<TableInput> tables) {
        switch (type) {
            case HOLIDAYS -> CalendarFileReader.read(ctx, tables);
            case COURTS -> CourtFileReader.read(ctx, tables);
            case STAFF -> StaffFileReader.read(ctx, tables);
            case CASES -> CaseFileReader.read(ctx, tables);
            case STEPS -> StepFileReader.read(ctx, tables);
            case REVIEWS -> AssessmentFileReader.reviews(ctx, tables);
            case PETITIONS -> RecordFileReader.petitions(ctx, tables);
            case MATTERS -> RecordFileReader.matters(ctx, tables);
            case COMPENSATIONS -> RecordFileReader.compensations(ctx, tables);
            case DISCIPLINES -> RecordFileReader.disciplines(ctx, tables);
            case EVIDENCE -> AssessmentFileReader.evidence(ctx, tables);
            case STATISTICS -> AssessmentFileReader.statistics(ctx, tables);
            case INCIDENTS -> StaffInputFileReader.incidents(ctx, tables);
            case QUOTAS -> StaffInputFileReader.quotas(ctx, tables);
            case VETOES -> StaffInputFileReader.vetoes(ctx, tables);
            case CLERK_EVALUATIONS -> StaffInputFileReader.clerkEvaluations(ctx, tables);
        }
    }
}
