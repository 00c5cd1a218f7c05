package org.motus.therapist.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A WireMock stand-in for patient-service, answering from {@link PatientServiceContract}'s samples
 * (written from patient-service's README). Unless a test registered an answer for the caller's token,
 * every patient-service path answers 404 problem details, as the real one does for records out of
 * the caller's reach. Points {@code motus.services.patient-url} at itself.
 */
public class PatientServiceStub implements QuarkusTestResourceLifecycleManager {

    private static volatile WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        server.stubFor(any(urlPathMatching("/api/v1/patients.*"))
                .atPriority(100)
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody(PatientServiceContract.sample("problem.notFound")
                                .toString())));
        return Map.of("motus.services.patient-url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static WireMockServer server() {
        if (server == null) {
            throw new IllegalStateException(
                    "PatientServiceStub is not running; add @WithTestResource(PatientServiceStub.class)");
        }
        return server;
    }
}
