package org.motus.problem.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts every answer a service's {@code @QuarkusTest}s receive through REST Assured under
 * {@link OpenApiResponses}: a test whose answer the service's own {@code /q/openapi} does not
 * describe fails, whatever the test itself asserts. A service opts in by listing this class in its
 * test resources' {@code META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback}.
 */
public class ValidateResponsesAgainstOpenApi implements QuarkusTestBeforeEachCallback {

    private static final Filter FILTER = new ResponseFilter();

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(FILTER)) {
            RestAssured.filters(FILTER);
        }
    }

    /** Checks each answer against the document of the server that gave it, read once per server. */
    static final class ResponseFilter implements Filter {

        // HTTP/1.1: the JDK client's default h2c upgrade against the test server once broke
        // mid-document ("Frame type(58) ... exceeds MAX_FRAME_SIZE") under load.
        private static final HttpClient HTTP =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final Map<String, OpenApiResponses> documents = new ConcurrentHashMap<>();

        @Override
        public Response filter(
                FilterableRequestSpecification request,
                FilterableResponseSpecification expected,
                FilterContext context) {
            Response response = context.next(request, expected);
            URI uri = URI.create(request.getURI());
            if (uri.getPort() != RestAssured.port) {
                return response; // a stub or another server a test talks to, not the service under test
            }
            String server = uri.getScheme() + "://" + uri.getRawAuthority();
            OpenApiResponses document = documents.computeIfAbsent(server, ResponseFilter::read);
            List<String> problems = document.problems(
                    request.getMethod(),
                    uri.getRawPath(),
                    response.statusCode(),
                    response.getHeader("Content-Type"),
                    response.asString());
            if (!problems.isEmpty()) {
                throw new AssertionError(request.getMethod() + " " + uri.getRawPath() + " answered "
                        + response.statusCode() + " which its OpenAPI document does not describe:\n  "
                        + String.join("\n  ", problems) + "\nbody: " + response.asString());
            }
            return response;
        }

        private static OpenApiResponses read(String server) {
            try {
                HttpResponse<String> answer = HTTP.send(
                        HttpRequest.newBuilder(URI.create(server + "/q/openapi?format=json"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(server + "/q/openapi answered " + answer.statusCode());
                }
                return OpenApiResponses.of(answer.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
