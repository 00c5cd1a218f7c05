package org.motus.patient;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The shape of the service's packages (docs/architecture.md, "Inside a service"): one package per
 * feature or cross-cutting concern, and no cycle between them. When a feature needs something from
 * one that depends on it, the lower one declares what it needs (an interface such as
 * {@code checkin.LoggedSessions} or {@code access.AccessLog}, or an event such as
 * {@code checkin.CheckInRecorded}) and the higher one provides it.
 */
class ArchitectureTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.motus.patient");

    @Test
    void noPackageDependsOnAPackageThatDependsOnIt() {
        slices().matching("org.motus.patient.(*)..").should().beFreeOfCycles().check(SERVICE);
    }

    @Test
    void theClinicalRulesArePureFunctions() {
        noClasses()
                .that()
                .resideInAPackage("org.motus.patient.rules..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("org.motus.patient..").and(not(resideInAPackage("org.motus.patient.rules.."))))
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.enterprise..", "jakarta.inject..", "jakarta.persistence..", "io.quarkus..")
                .because("a rule is a pure function: no CDI, no database, nothing else of the service")
                .check(SERVICE);
    }
}
