package cn.scorecard.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain stays plain Java: no framework, no persistence or JSON annotations. */
class ArchitectureTest {
    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.scorecard.core");

    @Test
    void coreDependsOnNoFramework() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "org.springframework..", "jakarta..", "javax.persistence..", "com.fasterxml.jackson..",
                "org.hibernate..", "java.sql..")
                .check(core);
    }

    @Test
    void coreDoesNotKnowTheApplication() {
        noClasses().should().dependOnClassesThat().resideInAPackage("cn.scorecard.app..").check(core);
    }

    /** Feature packages of the domain depend on each other in one direction only. */
    @Test
    void corePackagesAreFreeOfCycles() {
        slices().matching("cn.scorecard.core.(*)..").should().beFreeOfCycles().check(core);
    }
}
