package org.motus.therapist;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code: packages by feature plus the cross-cutting ones ({@code access},
 * {@code config}, {@code errors}, {@code openapi}), with no cycles between them, and nothing in
 * the root package.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.motus.therapist");

    @Test
    void theServicesClassesAreImported() {
        // A rule over nothing passes; make sure the importer found the service.
        assertThat(MAIN.containPackage("org.motus.therapist.plan")).isTrue();
        assertThat(MAIN.size()).isGreaterThan(50);
    }

    @Test
    void noPackageDependsOnItselfThroughAnother() {
        slices().matching("org.motus.therapist.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void noClassLivesInTheRootPackage() {
        noClasses().should().resideInAPackage("org.motus.therapist").check(MAIN);
    }
}
