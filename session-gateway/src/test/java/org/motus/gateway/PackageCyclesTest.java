package org.motus.gateway;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The gateway's packages (features such as {@code visit}, {@code signalling}, and the cross-cutting
 * {@code access}, {@code audit}, {@code config}, {@code errors}) depend on each other in one
 * direction only: no two of them need each other, directly or through others.
 */
@AnalyzeClasses(packages = "org.motus.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {

    @ArchTest
    static final ArchRule noTwoPackagesDependOnEachOther =
            slices().matching("org.motus.gateway.(*)..").should().beFreeOfCycles();
}
