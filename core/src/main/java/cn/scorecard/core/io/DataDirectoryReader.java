package cn.scorecard.core.io;

import cn.scorecard.core.data.ProvinceData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a data directory in the interchange format (docs/data-format.md) into {@link ProvinceData}.
 * Every known file that exists is read and every row validated; all errors are collected and thrown
 * together, and nothing is returned unless the whole directory is sound. Files are streamed row by row
 * into a {@link ProvinceAssembler}. Files of other modules (考核事件.csv …) and unknown files are left alone.
 */
public final class DataDirectoryReader {
    private DataDirectoryReader() {
    }

    public static ProvinceData read(Path dir) throws DataImportException {
        requireFiles(dir, RecordType.COURTS, RecordType.CASES);
        Map<RecordType, List<TableInput>> inputs = new EnumMap<>(RecordType.class);
        for (RecordType type : RecordType.values()) {
            Path file = dir.resolve(type.fileName());
            if (Files.isRegularFile(file)) inputs.put(type, List.of(TableInput.csv(file)));
        }
        ProvinceAssembler assembler = new ProvinceAssembler();
        List<ImportError> errors = InterchangeReader.read(inputs, KnownKeys.NONE, assembler, ReadProgress.NONE);
        if (!errors.isEmpty()) throw new DataImportException(errors);
        return assembler.build();
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
}
