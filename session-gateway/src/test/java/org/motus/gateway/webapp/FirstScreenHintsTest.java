package org.motus.gateway.webapp;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which files a signed-in person's page names, chosen as the web app chooses its screens (app.tsx). */
class FirstScreenHintsTest {

    private static final Map<String, List<String>> SCREENS = FirstScreenHints.parse("""
            {
              "entry": ["/assets/index-a.css", "/assets/index-a.js"],
              "signedIn": ["/assets/intl-messageformat-b.js"],
              "patient": ["/assets/PatientApp-c.js", "/assets/PatientApp-c.css"],
              "therapist": ["/assets/TherapistApp-d.js", "/assets/PatientApp-c.js", "/assets/PatientApp-c.css"],
              "admin": ["/assets/AdminApp-e.js"],
              "call": ["/assets/CallPage-f.js", "/assets/PatientApp-c.js"]
            }
            """);

    private static List<String> around(String... screenFiles) {
        List<String> files = new java.util.ArrayList<>(
                List.of("/api/v1/me", "/assets/index-a.css", "/assets/index-a.js", "/assets/intl-messageformat-b.js"));
        files.addAll(List.of(screenFiles));
        files.add("/api/v1/preferences/language");
        return files;
    }

    @Test
    void aPatientsPageNamesThePatientsScreensAfterTheEntryAndBeforeTheLanguage() {
        assertThat(
                FirstScreenHints.filesFor(Set.of("patient"), "/", SCREENS),
                contains(around("/assets/PatientApp-c.js", "/assets/PatientApp-c.css")
                        .toArray()));
        assertThat(
                FirstScreenHints.filesFor(Set.of("patient"), "/progress", SCREENS),
                contains(around("/assets/PatientApp-c.js", "/assets/PatientApp-c.css")
                        .toArray()));
    }

    @Test
    void aTherapistWhoIsAlsoAPatientWorksAsATherapistAndEachFileIsNamedOnce() {
        assertThat(
                FirstScreenHints.filesFor(Set.of("patient", "therapist"), "/", SCREENS),
                contains(around("/assets/TherapistApp-d.js", "/assets/PatientApp-c.js", "/assets/PatientApp-c.css")
                        .toArray()));
    }

    @Test
    void theCallPageNamesTheCallsCodeForEitherRole() {
        List<String> call = around("/assets/CallPage-f.js", "/assets/PatientApp-c.js");
        assertThat(FirstScreenHints.filesFor(Set.of("patient"), "/visits/v-1/call", SCREENS), contains(call.toArray()));
        assertThat(
                FirstScreenHints.filesFor(Set.of("therapist"), "/visits/v-1/call/", SCREENS), contains(call.toArray()));
        // Not a call page: a visit id alone, or something after /call.
        assertThat(
                FirstScreenHints.filesFor(Set.of("patient"), "/visits/v-1/call/x", SCREENS),
                contains(around("/assets/PatientApp-c.js", "/assets/PatientApp-c.css")
                        .toArray()));
    }

    @Test
    void anAdminsScreensOnlyOnTheHomePageAndNoScreensForOtherRoles() {
        assertThat(
                FirstScreenHints.filesFor(Set.of("admin"), "/", SCREENS),
                contains(around("/assets/AdminApp-e.js").toArray()));
        assertThat(FirstScreenHints.filesFor(Set.of("admin"), "/exercises", SCREENS), contains(around().toArray()));
        assertThat(FirstScreenHints.filesFor(Set.of(), "/", SCREENS), contains(around().toArray()));
    }

    @Test
    void aBuildWithoutTheFileNamesOnlyTheReads() {
        assertThat(
                FirstScreenHints.filesFor(Set.of("patient"), "/", Map.of()),
                contains("/api/v1/me", "/api/v1/preferences/language"));
    }

    @Test
    void theHeaderAsksForEachFileAsThePageAndTheLoaderDo() {
        assertThat(
                FirstScreenHints.linkHeader(List.of("/api/v1/me", "/assets/a.css", "/assets/b.js")),
                equalTo("</api/v1/me>; rel=preload; as=fetch; crossorigin, "
                        + "</assets/a.css>; rel=preload; as=style; crossorigin, "
                        + "</assets/b.js>; rel=preload; as=script; crossorigin"));
    }

    @Test
    void onlyTheAppsOwnScriptsAndStylesMayBeNamed() {
        for (String bad : List.of(
                "https://evil.example/x.js",
                "/assets/x.js>; rel=preload",
                "/assets/../q/x.js",
                "/api/v1/x.js",
                "/assets/x.html",
                "//evil.example/assets/x.js")) {
            String json = "{\"patient\": [\"" + bad.replace("\"", "\\\"") + "\"]}";
            assertThrows(IllegalStateException.class, () -> FirstScreenHints.parse(json), bad);
        }
    }

    @Test
    void pagesAreTheAppsOwnPathsOnly() {
        for (String page : List.of("/", "/index.html", "/today", "/visits/v-1/call", "/patients/p-1")) {
            assertThat(page, FirstScreenHints.isPage(page), is(true));
        }
        for (String other : List.of("/api/v1/me", "/q/health", "/assets/index-a.js", "/favicon.svg", "/sw.js")) {
            assertThat(other, FirstScreenHints.isPage(other), is(false));
        }
    }
}
