package cn.scorecard.app.platform.importing;

import cn.scorecard.app.messages.Bundle;
import cn.scorecard.app.platform.store.ImportedCases;
import cn.scorecard.app.platform.store.ProvinceLoader;
import cn.scorecard.app.platform.store.Vendor;
import cn.scorecard.core.io.ImportError;
import cn.scorecard.core.io.InterchangeReader;
import cn.scorecard.core.io.ReadRules;
import cn.scorecard.core.io.RecordType;
import cn.scorecard.core.mapping.MappingProfile;
import cn.scorecard.core.staff.StaffRuleSet;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports .csv and .xlsx files of the interchange format into the database with plain JDBC (the command line
 * uses it without Spring; {@link ImportService} wraps it for the application). One import is one transaction:
 * the rows are validated by the core's readers and streamed to the database as they are read; any error, in
 * any file, rolls everything back, so the database is either updated by every file or left exactly as it was.
 * Concurrent imports queue on the data version's row lock.
 */
public final class Importer {
    private static final Logger LOG = LoggerFactory.getLogger(Importer.class);
    private final DataSource dataSource;
    private final ReadRules rules;
    /** Who takes the cases built while importing into an empty database (null: nobody, they are read back). */
    private final Consumer<ImportedCases> handover;

    /** Checks evidence against the bundled catalogs and the staff-assessment inputs against the rule set. */
    public Importer(DataSource dataSource, StaffRuleSet staffRules) {
        this(dataSource, ReadRules.withStaffRules(staffRules));
    }

    /** Checks against the given rules (the application's: each person's records against their court's rule set). */
    public Importer(DataSource dataSource, ReadRules rules) {
        this(dataSource, rules, null);
    }

    private Importer(DataSource dataSource, ReadRules rules, Consumer<ImportedCases> handover) {
        this.dataSource = dataSource;
        this.rules = rules;
        this.handover = handover;
    }

    /**
     * This importer, which also builds the cases of an import into a database without courts, staff, cases and steps
     * while writing them, and hands them over once committed (the server then need not read them back: the demo's
     * first start read 600,000 rows twice).
     */
    public Importer handingCasesTo(Consumer<ImportedCases> taker) {
        return new Importer(dataSource, rules, taker);
    }

    /** Imports the files, and the .csv/.xlsx files of the directories, given. */
    public ImportReport run(List<Path> paths, String actor, ImportListener listener) {
        return run(paths, null, actor, listener);
    }

    /**
     * Imports the files through a mapping profile (null: the files are in our format): the profile rewrites the
     * rows before the strict reader checks them, so the guarantees are those of an import of our files.
     */
    public ImportReport run(List<Path> paths, MappingProfile profile, String actor, ImportListener listener) {
        return run(ImportSources.of(paths, profile), String.valueOf(paths), actor, listener, c -> { });
    }

    /** Work done in an accepted import's transaction, before it commits (a source's watermark, say). */
    @FunctionalInterface
    public interface BeforeCommit {
        void run(Connection c) throws SQLException;
    }

    /**
     * Imports tables that are not files (a query's rows, see {@code JdbcSource}) like files: named as files are, or
     * read through the profile; {@code beforeCommit} runs in the transaction of an accepted import, so that what it
     * writes is committed with the data or not at all.
     */
    public ImportReport run(List<cn.scorecard.core.io.TableInput> tables, MappingProfile profile, String actor,
                            ImportListener listener, BeforeCommit beforeCommit) {
        return run(ImportSources.ofTables(tables, profile), Bundle.text("import.where.noData"), actor, listener, beforeCommit);
    }

    private ImportReport run(ImportSources sources, String what, String actor, ImportListener listener, BeforeCommit hook) {
        long start = System.nanoTime();
        if (sources.isEmpty() && sources.errors.isEmpty()) {
            sources.errors.add(new ImportError(what, null, 0, null, null, Bundle.text("import.error.noFiles")));
        }
        ImportReport report;
        if (!sources.errors.isEmpty()) {
            report = rejected(sources, 0, sources.errors, start);
        } else {
            report = importAll(sources, actor, listener, start, hook);
        }
        if (!report.accepted()) logRejected(actor, report);
        return report;
    }

    /**
     * Reads and checks the files (through the profile, if any) against the database's keys exactly as an import
     * would, and writes nothing: the validation report the mapping screen shows before anything is imported.
     * "Accepted" then means "would be accepted" (a concurrent import may still change the keys).
     */
    public ImportReport check(List<Path> paths, MappingProfile profile) {
        long start = System.nanoTime();
        ImportSources sources = ImportSources.of(paths, profile);
        if (!sources.errors.isEmpty()) return rejected(sources, 0, sources.errors, start);
        long[] rowsRead = {0};
        try (DatabaseKnownKeys known = new DatabaseKnownKeys(dataSource)) {
            List<ImportError> errors = InterchangeReader.read(sources.data, known, rules, new cn.scorecard.core.io.RecordSink() {
            }, rows -> rowsRead[0] = rows);
            if (!errors.isEmpty()) return rejected(sources, rowsRead[0], errors, start);
            return new ImportReport(true, sources.tables, rowsRead[0], Map.of(), List.of(), -1, since(start));
        } catch (SQLException | RuntimeException e) {
            ImportError error = new ImportError(String.join(Bundle.text("common.listSeparator"), sources.tables), null, 0, null, null,
                    Bundle.text("import.error.knownRecords", String.valueOf(e.getMessage())));
            return rejected(sources, rowsRead[0], List.of(error), start);
        }
    }

    /** The tables found in the files and directories, before names or profiles: what the mapping screen shows. */
    public static List<cn.scorecard.core.io.TableInput> tables(List<Path> paths) {
        return ImportSources.rawTables(paths);
    }

    /** Whether a table is one of ours by its name (案件.csv, sheet 流程节点 …): it needs no mapping. */
    public static boolean isOurs(cn.scorecard.core.io.TableInput t) {
        if (ImportSources.kindOf(t.file()) != null) return true; // 案件.csv, or 案件.xlsx whatever its sheet is called
        return t.sheet() != null && ImportSources.kindOf(t.sheet()) != null;
    }

    /** An accepted import logged itself in its transaction; a rejected one wrote nothing else to be atomic with. */
    private void logRejected(String actor, ImportReport report) {
        try (Connection c = dataSource.getConnection()) {
            ImportLog.writeRejected(c, actor, report);
        } catch (SQLException | RuntimeException e) {
            // the report still tells the user; a database that refuses the log refused the data as well
        }
    }

    private ImportReport importAll(ImportSources sources, String actor, ImportListener listener, long start,
                                   BeforeCommit hook) {
        long total = sources.estimatedRows();
        long[] rowsRead = {0};
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            StoreSink sink = null;
            // the lock first: the keys are then read after any import that finished while this one waited
            long version = DataVersion.raise(c, actor, sources.data.containsKey(RecordType.COURTS)
                    || sources.data.containsKey(RecordType.STAFF) || sources.data.containsKey(RecordType.CASES)
                    || sources.data.containsKey(RecordType.STEPS));
            try (DatabaseKnownKeys known = new DatabaseKnownKeys(dataSource)) {
                sink = Vendor.of(c) == Vendor.POSTGRESQL ? new PostgresSink(c, known) : new H2Sink(c, known);
                sink.stepsFollow(sources.data.containsKey(RecordType.STEPS));
                ImportedCases mirror = null;
                if (handover != null && sources.data.containsKey(RecordType.CASES) && DataVersion.noCasesYet(c)) {
                    mirror = new ImportedCases();
                    sink.mirrorTo(mirror);
                }
                List<ImportError> errors = InterchangeReader.read(sources.data, known, rules, sink, rows -> {
                    rowsRead[0] = rows;
                    listener.progress(rows, Math.max(total, rows));
                });
                if (!errors.isEmpty()) {
                    sink.abort();
                    c.rollback();
                    return rejected(sources, rowsRead[0], errors, start);
                }
                ImportReport accepted = new ImportReport(true, sources.tables, rowsRead[0], sink.written(), List.of(),
                        version, since(start));
                ImportLog.write(c, actor, accepted); // with the data: committed together or not at all
                hook.run(c);
                if (mirror != null) mirror.token(ProvinceLoader.casesToken(c)); // the token raise() set
                c.commit();
                if (mirror != null) handOver(mirror);
                listener.progress(rowsRead[0], rowsRead[0]);
                // what the user waited for includes the commit: H2 commits 9.9M rows in some 30 s, PostgreSQL at once
                // (the log row, written in the transaction, has the time until the commit)
                return accepted.took(since(start));
            } catch (SQLException | RuntimeException e) {
                if (sink != null) sink.abort();
                c.rollback();
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            Throwable cause = e instanceof StoreException && e.getCause() != null ? e.getCause() : e;
            ImportError error = new ImportError(String.join(Bundle.text("common.listSeparator"), sources.tables), null, 0, null, null,
                    Bundle.text("import.error.write", String.valueOf(cause.getMessage())));
            return rejected(sources, rowsRead[0], List.of(error), start);
        }
    }

    /** The import has committed: whatever goes wrong now, the server reads the rows back as it would have. */
    private void handOver(ImportedCases mirror) {
        try {
            handover.accept(mirror);
        } catch (RuntimeException e) {
            LOG.warn("导入时建好的案件未能交给服务（将从数据库读取）：{}", e.toString());
        }
    }

    private static ImportReport rejected(ImportSources sources, long rows, List<ImportError> errors, long start) {
        return new ImportReport(false, sources.tables, rows, Map.of(), errors, -1, since(start));
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
