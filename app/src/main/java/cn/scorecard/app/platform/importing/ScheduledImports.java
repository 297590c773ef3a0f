package cn.scorecard.app.platform.importing;

import cn.scorecard.app.messages.Bundle;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled sources, configured in application.properties (docs/import-profiles.md): a watched folder
 * ({@code scorecard.import.folder}) and a database source ({@code scorecard.import.jdbc.*}); both off unless
 * configured. Every {@code scorecard.import.poll} each imports what arrived or changed, through the import service
 * (one import at a time, the evaluation data reloaded after an accepted one).
 */
@Component
class ScheduledImports {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledImports.class);

    private final FolderSource folder;
    private final JdbcSource database;
    private final String folderActor;
    private final String databaseActor;

    ScheduledImports(ImportService imports, DataSource dataSource,
                     @Value("${scorecard.import.folder:}") String folder,
                     @Value("${scorecard.import.folder-profile:}") String folderProfile,
                     @Value("${scorecard.import.folder-settle:PT10S}") Duration settle,
                     @Value("${scorecard.import.jdbc.url:}") String url,
                     @Value("${scorecard.import.jdbc.user:}") String user,
                     @Value("${scorecard.import.jdbc.password:}") String password,
                     @Value("${scorecard.import.jdbc.query:}") String query,
                     @Value("${scorecard.import.jdbc.changed-column:}") String changed,
                     @Value("${scorecard.import.jdbc.name:案件}") String name, // data: the interchange table's name
                     @Value("${scorecard.import.jdbc.profile:}") String profile) {
        this.folder = folder.isBlank() ? null : new FolderSource(Path.of(folder), folderProfile, imports.profiles(),
                (files, p, actor) -> imports.importFiles(files, p, actor, ImportListener.NONE), settle);
        this.folderActor = Bundle.text("import.actor.folder", folder);
        this.database = url.isBlank() || query.isBlank() || changed.isBlank() ? null
                : new JdbcSource(new JdbcSource.Config(name, url, user, password, query, changed, profile), dataSource,
                imports.profiles(), imports::importTables);
        this.databaseActor = Bundle.text("import.actor.database", name);
    }

    @Scheduled(fixedDelayString = "${scorecard.import.poll:PT5M}", initialDelayString = "${scorecard.import.poll:PT5M}")
    void poll() {
        if (folder != null) {
            try {
                for (ImportReport r : folder.runOnce(folderActor)) LOG.info("{}：{}", folderActor, r.summary(3).lines().findFirst().orElse(""));
            } catch (RuntimeException e) {
                LOG.warn("{} 无法读取：{}", folderActor, e.getMessage());
            }
        }
        if (database != null) {
            try {
                database.runOnce(databaseActor).ifPresent(r -> LOG.info("{}：{}", databaseActor, r.summary(3).lines().findFirst().orElse("")));
            } catch (java.sql.SQLException | RuntimeException e) {
                LOG.warn("{} 无法读取：{}", databaseActor, e.getMessage());
            }
        }
    }
}
