package cn.scorecard.core.io;

import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.data.StaffRole;
import cn.scorecard.core.staff.StaffInputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a data directory in the interchange format (docs/data-format.md) into {@link ProvinceData}, and its
 * staff-assessment inputs into {@link StaffInputs}. Every known file that exists is read and every row
 * validated; all errors are collected and thrown together, and nothing is returned unless every file is sound.
 * Files are streamed row by row into a {@link ProvinceAssembler} (a {@link StaffInputsAssembler}). Unknown
 * files are left alone.
 */
public final class DataDirectoryReader {
    private DataDirectoryReader() {
    }

    /** The province data, checked against the bundled catalogs. */
    public static ProvinceData read(Path dir) throws DataImportException {
        return read(dir, ReadRules.bundled());
    }

    public static ProvinceData read(Path dir, ReadRules rules) throws DataImportException {
        requireFiles(dir, RecordType.COURTS, RecordType.CASES);
        if (!Boolean.getBoolean("scorecard.strictReadOnly")) {
            ProvinceData fast = FastProvinceReader.tryRead(dir, rules,
                    new ByteChunks(Integer.getInteger("scorecard.fastReadChunk", ByteChunks.DEFAULT_CHUNK),
                            Integer.getInteger("scorecard.fastReadThreads", Runtime.getRuntime().availableProcessors())));
            if (fast != null) return fast;
        }
        return readStrictly(dir, rules);
    }

    /**
     * The strict reader alone (commons-csv, every cell a string): what {@link #read} falls back to whenever the
     * fast reader meets anything but plain, sound data, so its errors are the ones reported.
     */
    public static ProvinceData readStrictly(Path dir, ReadRules rules) throws DataImportException {
        requireFiles(dir, RecordType.COURTS, RecordType.CASES);
        ProvinceAssembler assembler = new ProvinceAssembler();
        List<ImportError> errors = InterchangeReader.read(inputs(dir, false), KnownKeys.NONE, rules, assembler,
                ReadProgress.NONE);
        if (!errors.isEmpty()) throw new DataImportException(errors);
        return assembler.build();
    }

    /** Why the last {@link #read} fell back to the strict reader (null when it did not): for the benchmarks. */
    public static String lastFastReadMiss() {
        return FastProvinceReader.lastMiss();
    }

    /**
     * The province data of tables already found (by a mapping profile, say), checked as a data directory's are;
     * courts and cases must be among them.
     */
    public static ProvinceData read(Map<RecordType, List<TableInput>> inputs, ReadRules rules) throws DataImportException {
        ProvinceAssembler assembler = new ProvinceAssembler();
        List<ImportError> errors = InterchangeReader.read(inputs, KnownKeys.NONE, rules, assembler, ReadProgress.NONE);
        if (!errors.isEmpty()) throw new DataImportException(errors);
        return assembler.build();
    }

    /**
     * The four staff-assessment files of the directory (absent ones are empty), checked against the rule set and
     * the roster (the province's staff), which the people must be on; people become indexes of the roster.
     */
    public static StaffInputs readStaffInputs(Path dir, ReadRules rules, List<StaffMember> roster) {
        StaffInputsAssembler assembler = new StaffInputsAssembler(roster);
        List<ImportError> errors = InterchangeReader.read(inputs(dir, true), new Roster(roster), rules,
                assembler, ReadProgress.NONE);
        if (!errors.isEmpty()) throw new DataImportException(errors);
        return assembler.build();
    }

    private static Map<RecordType, List<TableInput>> inputs(Path dir, boolean staffInputs) {
        Map<RecordType, List<TableInput>> inputs = new EnumMap<>(RecordType.class);
        for (RecordType type : RecordType.values()) {
            Path file = dir.resolve(type.fileName());
            if (type.isStaffInput() == staffInputs && Files.isRegularFile(file)) inputs.put(type, List.of(TableInput.csv(file)));
        }
        return inputs;
    }

    /** Without courts or cases nothing else can be checked, so a missing one stops the import at once. */
    private static void requireFiles(Path dir, RecordType... types) {
        List<ImportError> errors = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            errors.add(new ImportError(dir.toString(), null, 0, null, null, "数据目录不存在"));
        } else {
            for (RecordType type : types) {
                if (!Files.isRegularFile(dir.resolve(type.fileName()))) {
                    errors.add(new ImportError(type.fileName(), null, 0, null, null, "缺少必需的文件"));
                }
            }
        }
        if (!errors.isEmpty()) throw new DataImportException(errors);
    }

    /** The people of a province already read: what the staff-assessment files refer to. */
    private static final class Roster implements KnownKeys {
        private final Map<String, StaffRole> roles = new HashMap<>();

        Roster(List<StaffMember> staff) {
            for (StaffMember m : staff) roles.put(m.id(), m.role());
        }

        @Override
        public CourtLevel courtLevel(String code) {
            return null;
        }

        @Override
        public StaffRole staffRole(String id) {
            return roles.get(id);
        }

        @Override
        public CaseState caseState(String court, String number) {
            return CaseState.UNKNOWN;
        }

        @Override
        public boolean external() {
            return false;
        }
    }
}
