package org.motus.gateway;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The gateway's packages (features such as {@code visit}, {@code signalling}, and the cross-cutting
 * {@code access}, {@code audit}, {@code config}, {@code errors}) depend on each other in one
 * direction only: no two of them need each other, directly or through others.
 */
class PackageCyclesTest {

    private static final JavaClasses GATEWAY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.motus.gateway");

    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching("org.motus.gateway.(*)..").should().beFreeOfCycles().check(GATEWAY);
    }
}
