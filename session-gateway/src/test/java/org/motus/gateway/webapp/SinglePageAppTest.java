package org.motus.gateway.webapp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SinglePageAppTest {

    @ParameterizedTest
    @ValueSource(strings = {"/today", "/plans/42", "/visit/abc-def/", "/progress"})
    void pagePathsAreDeepLinksIntoTheApp(String path) {
        assertTrue(SinglePageApp.isDeepLink(path));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/nothing",
                "/api",
                "/q/health/other",
                "/q",
                "/assets/missing.js",
                "/favicon.ico",
                "/robots.txt"
            })
    void apiQuarkusAndFilePathsAreNot(String path) {
        assertFalse(SinglePageApp.isDeepLink(path));
    }
}
