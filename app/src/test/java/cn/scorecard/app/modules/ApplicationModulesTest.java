package cn.scorecard.app.modules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.ScorecardApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The application's features are Spring Modulith application modules (the direct sub-packages of
 * cn.scorecard.app): no cycles between them, and a module reaches into another only through its top-level
 * package or a named interface (platform's runs, store, importing, templates, demo).
 */
class ApplicationModulesTest {
    private static final ApplicationModules MODULES = ApplicationModules.of(ScorecardApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void sharedDocumentsDependOnNoFeature() {
        ApplicationModule documents = MODULES.getModuleByName("documents").orElseThrow();
        assertThat(documents.getBootstrapDependencies(MODULES)).isEmpty();
        // messages (the text bundle) is no feature: shared text like documents' shared infrastructure
        assertThat(documents.getDirectDependencies(MODULES).uniqueModules())
                .allMatch(m -> m.getName().equals("messages"));
    }
}
