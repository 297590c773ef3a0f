package cn.scorecard.core.io;

import cn.scorecard.core.data.ProvinceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The data directory read at the speed of the disk where it is plain and sound: the large per-case files
 * (案件, 流程节点) from bytes on every core ({@link FastCaseFile}, {@link FastStepFile}), the small files through
 * the strict readers with the same context. The first doubt — a spelling the strict reader also accepts, any
 * error — gives up (null), and the caller reads the directory again strictly, which reports exactly what the
 * strict reader always reported: the fast reader never decides that a file is wrong, only that it is plain.
 */
final class FastProvinceReader {
    private static volatile String lastMiss;

    private FastProvinceReader() {
    }

    /** Why the last attempt gave up, or null when it read the directory. */
    static String lastMiss() {
        return lastMiss;
    }

    static ProvinceData tryRead(Path dir, ReadRules rules, ByteChunks chunks) {
        ProvinceAssembler assembler = new ProvinceAssembler();
        ReadContext ctx = new ReadContext(KnownKeys.NONE, rules, assembler, ReadProgress.NONE);
        Path caseFile = dir.resolve(RecordType.CASES.fileName());
        // room for the cases at once: growing the key table or the columns would copy every key and every column
        int expectedCases = Files.isRegularFile(caseFile) ? LineEstimate.of(caseFile) : 0;
        CaseKeys keys = new CaseKeys(expectedCases);
        try {
            for (RecordType type : RecordType.values()) {
                Path file = dir.resolve(type.fileName());
                if (type.isStaffInput() || !Files.isRegularFile(file)) continue;
                if (type == RecordType.CASES) {
                    assembler.cases().expect(expectedCases);
                    FastCaseFile.read(file, assembler, keys, chunks);
                    assembler.keyedBy(keys);
                    ctx.fastCases = keys.states(assembler.courtIndex());
                } else if (type == RecordType.STEPS) {
                    FastStepFile.read(file, assembler, keys, chunks);
                } else {
                    InterchangeReader.read(ctx, type, List.of(TableInput.csv(file)));
                }
                if (!ctx.errors.isEmpty()) return miss("errors in " + type.fileName());
            }
            // the key index (some 12 bytes a case) is not needed to build the table: let it go first
            assembler.keyedBy(null);
            ctx.fastCases = null;
            keys = null;
            ProvinceData data = assembler.build();
            lastMiss = null;
            return data;
        } catch (FastBail e) {
            return miss(e.getMessage());
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException
                 | IndexOutOfBoundsException e) { // the last: a fast path's slip is a strict read, never a crash
            return miss(e.toString());
        }
    }

    private static ProvinceData miss(String why) {
        lastMiss = why;
        return null;
    }
}
