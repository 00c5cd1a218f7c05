package org.motus.deploy.newcomer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NewcomerBuildIT can only fail if its evidence finds a test run: each kind is found here. */
class TestRunEvidenceTest {

    @TempDir
    Path tree;

    @Test
    void aBuildWithoutTestsLeavesNoEvidence() throws IOException {
        write("patient-service/target/classes/Foo.class");
        write("patient-service/target/test-classes/FooTest.class");
        write("web/node_modules/vite/package.json");
        write("web/node_modules/.vite/deps/_metadata.json");
        assertEquals(List.of(), TestRunEvidence.inTree(tree));
        assertEquals(List.of(), TestRunEvidence.inLog("[INFO] Tests are skipped.\n[web] skipping npm ci\n"));
    }

    @Test
    void surefireFailsafePitAndVitestReportsAreFound() throws IOException {
        write("patient-service/target/surefire-reports/TEST-org.motus.FooTest.xml");
        write("deploy/target/failsafe-reports/failsafe-summary.xml");
        write("therapist-service/target/pit-reports/index.html");
        write("web/node_modules/.vite/vitest/da39a3/results.json");
        write("somewhere/TEST-Lonely.xml");
        assertEquals(
                List.of(
                        "deploy/target/failsafe-reports/",
                        "patient-service/target/surefire-reports/",
                        "somewhere/TEST-Lonely.xml",
                        "therapist-service/target/pit-reports/",
                        "web/node_modules/.vite/vitest/"),
                TestRunEvidence.inTree(tree).stream().sorted().toList());
    }

    @Test
    void testRunnerConsoleLinesAreFoundAlsoInColour() {
        String log = """
                [INFO] Tests run: 3, Failures: 0, Errors: 0, Skipped: 0
                 T E S T S
                \u001B[2m Test Files \u001B[22m \u001B[1m\u001B[32m41 passed\u001B[39m\u001B[22m\u001B[90m (41)\u001B[39m
                >> Generated 812 mutations Killed 800 (99%)
                """;
        assertEquals(
                4, TestRunEvidence.inLog(log).size(), TestRunEvidence.inLog(log).toString());
    }

    private void write(String path) throws IOException {
        Path file = tree.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }
}
