package org.motus.gateway.webapp;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The policy allows index.html's own inline style, by hash, and nothing else changes. */
class ContentSecurityPolicyTest {

    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'";

    @Test
    void theHashIsTheOneBrowsersComputeForTheStylesExactText() {
        // Reference values: Python's hashlib.sha256 over the UTF-8 text, base64.
        assertThat(
                ContentSecurityPolicy.hashSource("body{color:red}"),
                equalTo("'sha256-FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E='"));
        assertThat(
                ContentSecurityPolicy.hashSource(":root{--ink:#1a1a1a}\n"),
                equalTo("'sha256-hrTfPjv2uB00/G/WCVYLOHofponvB4w2olEUNcSGRRg='"));
    }

    @Test
    void eachInlineStyleOfThePageIsAddedToStyleSrcOnly() {
        String page = "<html><head><style>body{color:red}</style><script type=\"module\" src=\"/assets/a.js\"></script>"
                + "<style media=\"print\">:root{--ink:#1a1a1a}\n</style></head><body></body></html>";

        assertThat(
                ContentSecurityPolicy.withInlineStyles(POLICY, page),
                equalTo("default-src 'self'; script-src 'self'; style-src 'self'"
                        + " 'sha256-FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E='"
                        + " 'sha256-hrTfPjv2uB00/G/WCVYLOHofponvB4w2olEUNcSGRRg='; object-src 'none'"));
    }

    @Test
    void aPageWithoutInlineStyleLeavesThePolicyAsConfigured() {
        assertThat(
                ContentSecurityPolicy.withInlineStyles(POLICY, "<html><head><link rel=\"stylesheet\" href=\"/a.css\">"),
                equalTo(POLICY));
        assertThat(ContentSecurityPolicy.withInlineStyles(POLICY, ""), equalTo(POLICY));
    }

    @Test
    void styleSrcAsTheLastDirectiveGetsTheHashToo() {
        assertThat(
                ContentSecurityPolicy.withInlineStyles(
                        "default-src 'self'; style-src 'self'", "<style>body{color:red}</style>"),
                equalTo("default-src 'self'; style-src 'self' 'sha256-FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E='"));
    }

    @Test
    void aPolicyThatCannotAllowThePagesStyleStopsTheStart() {
        String page = "<style>body{color:red}</style>";

        assertThrows(
                IllegalStateException.class,
                () -> ContentSecurityPolicy.withInlineStyles("default-src 'self'; script-src 'self'", page));
        assertThrows(
                IllegalStateException.class,
                () -> ContentSecurityPolicy.withInlineStyles("default-src 'self'; style-src 'none'", page));
    }
}
