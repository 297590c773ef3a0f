package cn.scorecard.app.platform.importing;

import cn.scorecard.app.platform.store.JdbcProvinceSource;
import cn.scorecard.app.platform.rules.RuleBookService;
import cn.scorecard.core.io.ReadRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Imports for the application (the upload page): runs the {@link Importer} on the application's database, one
 * import at a time, and has the province source reload afterwards. The files stay where they are given (an
 * upload is saved to a temporary directory first, named like the record type: 案件.csv, 数据.xlsx …).
 */
@Service
public class ImportService {
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final DataSource dataSource;
    private final RuleBookService rules;
    private final JdbcProvinceSource source;
    private final JdbcTemplate jdbc;

    private final ImportProfiles profiles;

    public ImportService(DataSource dataSource, JdbcProvinceSource source, RuleBookService rules) {
        this.dataSource = dataSource;
        this.rules = rules;
        this.source = source;
        this.jdbc = new JdbcTemplate(dataSource);
        this.profiles = new ImportProfiles(dataSource);
    }

    /** The stored mapping profiles. */
    public ImportProfiles profiles() {
        return profiles;
    }

    /** Imports files and directories as one transaction; the listener hears the progress. */
    public ImportReport importFiles(List<Path> paths, String actor, ImportListener listener) {
        return importFiles(paths, null, actor, listener);
    }

    /** As {@link #importFiles(List, String, ImportListener)}, the files read through a mapping profile (null: none). */
    public synchronized ImportReport importFiles(List<Path> paths, cn.scorecard.core.mapping.MappingProfile profile,
                                                 String actor, ImportListener listener) {
        ImportReport report = importer().run(paths, profile, actor, listener);
        if (report.accepted()) {
            LOG.info("{} 导入 {}：{}", actor, report.tables(), report.summary(0).lines().findFirst().orElse(""));
            source.refresh();
        } else {
            LOG.warn("{} 导入 {} 被拒绝：{} 个错误", actor, report.tables(), report.errors().size());
        }
        return report;
    }

    /**
     * Imports uploaded files (name as uploaded → content, e.g. 案件.csv or 数据.xlsx): they are saved to a
     * temporary directory under their names, imported as one transaction, and deleted.
     */
    public ImportReport importUploads(Map<String, InputStream> files, String actor, ImportListener listener)
            throws IOException {
        Path dir = Files.createTempDirectory("scorecard-upload-");
        try {
            for (Map.Entry<String, InputStream> f : files.entrySet()) {
                Path name = Path.of(f.getKey()).getFileName(); // never a path the client chose
                try (InputStream in = f.getValue()) {
                    Files.copy(in, dir.resolve(name.toString()));
                }
            }
            return importFiles(List.of(dir), actor, listener);
        } finally {
            try (Stream<Path> left = Files.walk(dir)) {
                left.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Imports tables that are no files (a database source's rows); the hook runs in the import's transaction. */
    public synchronized ImportReport importTables(List<cn.scorecard.core.io.TableInput> tables,
                                                  cn.scorecard.core.mapping.MappingProfile profile, String actor,
                                                  Importer.BeforeCommit beforeCommit) {
        ImportReport report = importer().run(tables, profile, actor, ImportListener.NONE, beforeCommit);
        if (report.accepted()) source.refresh();
        return report;
    }

    /** One run of the import history: when, who (or which source), what, and the counts. */
    public record HistoryEntry(long id, LocalDateTime startedAt, LocalDateTime finishedAt, String actor, String files,
                               long rowsRead, Long rowsWritten, String written, boolean accepted, int errorCount,
                               String firstErrors) {
    }

    /** The import history, newest first. */
    public List<HistoryEntry> history(int limit) {
        return jdbc.query("SELECT id, started_at, finished_at, actor, files, rows_read, rows_written, written, accepted, "
                        + "error_count, first_errors FROM import_log ORDER BY id DESC LIMIT ?",
                (rs, i) -> new HistoryEntry(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(), rs.getTimestamp(3).toLocalDateTime(),
                        rs.getString(4), rs.getString(5), rs.getLong(6), (Long) rs.getObject(7, Long.class), rs.getString(8),
                        rs.getBoolean(9), rs.getInt(10), rs.getString(11)), limit);
    }

    /** The validation report of the files through the profile, nothing written (the mapping screen's check). */
    public ImportReport check(List<Path> paths, cn.scorecard.core.mapping.MappingProfile profile) {
        return importer().check(paths, profile);
    }

    /** Each person's staff-assessment records are checked against the rule set of their court (the rule book). */
    private Importer importer() {
        return new Importer(dataSource, ReadRules.byCourt(rules.defaultStaffRules(), rules::staffRulesFor))
                .handingCasesTo(source::adopt);
    }

    /** Code and name of every court in the database, by code: the choices for a 法院代码 value. */
    public List<String[]> courts() {
        return jdbc.query("SELECT code, name FROM court ORDER BY code", (rs, i) -> new String[] {rs.getString(1), rs.getString(2)});
    }

    /** One line of the import log. */
    public record LogEntry(long id, LocalDateTime finishedAt, String actor, String files, long rowsRead,
                           boolean accepted, int errorCount, String firstErrors) {
    }

    /** The latest imports, newest first. */
    public List<LogEntry> recentImports(int limit) {
        return jdbc.query("SELECT id, finished_at, actor, files, rows_read, accepted, error_count, first_errors "
                        + "FROM import_log ORDER BY id DESC LIMIT ?",
                (rs, i) -> new LogEntry(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getBoolean(6), rs.getInt(7), rs.getString(8)), limit);
    }

}
