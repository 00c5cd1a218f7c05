package org.motus.gateway.fhir;

import ca.uhn.fhir.context.FhirContext;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.DateTimeType;
import org.jboss.logging.Logger;
import org.motus.gateway.config.RouteOrder;
import org.motus.gateway.errors.FhirOutcomes;
import org.motus.gateway.routing.GatewayRoutes;
import org.motus.gateway.routing.RouteTable;
import org.motus.gateway.routing.Upstream;
import org.motus.gateway.security.ApiPaths;

/**
 * The gateway's own part of /fhir: {@code GET /fhir/R4/metadata}, one CapabilityStatement merged
 * from the gateway's own types ({@link FhirAppointments}) and the services' {@code /fhir/R4/metadata}
 * (asked at each call, so it always says what works now), and a 404 OperationOutcome for every /fhir
 * path nobody serves (an unknown resource type). The routed types themselves go through the proxy
 * (routing.ApiProxy) like /api.
 */
@ApplicationScoped
public class FhirGateway {

    static final String METADATA = "/fhir/R4/metadata";
    private static final Logger LOG = Logger.getLogger(FhirGateway.class);

    private final Vertx vertx;
    private final GatewayRoutes config;
    private final Clock clock;
    private HttpClient client;
    /** Resource type -> the base URL of the service that owns it, from the route table. */
    private Map<String, String> routedTypes;
    /** System-level operation ({@code export} for {@code /fhir/R4/$export}) -> the service that runs it. */
    private Map<String, String> routedOperations;

    FhirGateway(Vertx vertx, GatewayRoutes config, Clock clock) {
        this.vertx = vertx;
        this.config = config;
        this.clock = clock;
    }

    void register(@Observes Router router) {
        routedTypes = routedTypes(config.routes());
        routedOperations = routedOperations(config.routes());
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis()));
        router.get(METADATA).order(RouteOrder.API_PROXY + 1).handler(this::metadata);
        router.routeWithRegex(ApiPaths.FHIR_ROUTE_REGEX)
                .order(RouteOrder.API_PROXY + 2)
                .handler(context -> FhirOutcomes.send(
                        context.response(),
                        404,
                        "No FHIR resource here: this server serves " + String.join(", ", servedTypes())
                                + " and metadata (GET " + METADATA + ")."));
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }

    /** The FHIR routes of the route table: {@code /fhir/R4/Observation} -> Observation -> its service. */
    static Map<String, String> routedTypes(Map<String, String> routes) {
        Map<String, String> types = new LinkedHashMap<>();
        routes.forEach((prefix, baseUrl) -> {
            if (prefix.startsWith(RouteTable.FHIR_PREFIX)) {
                String type = prefix.substring(RouteTable.FHIR_PREFIX.length());
                if (!type.isEmpty() && !type.contains("/") && !type.startsWith("$")) {
                    types.put(type, baseUrl);
                }
            }
        });
        return types;
    }

    /** The system-level operations of the route table: {@code /fhir/R4/$export} -> export -> its service. */
    static Map<String, String> routedOperations(Map<String, String> routes) {
        Map<String, String> operations = new LinkedHashMap<>();
        routes.forEach((prefix, baseUrl) -> {
            if (prefix.startsWith(RouteTable.FHIR_PREFIX + "$")) {
                String operation = prefix.substring(RouteTable.FHIR_PREFIX.length() + 1);
                if (!operation.isEmpty() && !operation.contains("/")) {
                    operations.put(operation, baseUrl);
                }
            }
        });
        return operations;
    }

    /** Every type /fhir/R4 answers: the gateway's own and the routed ones, by name. */
    private List<String> servedTypes() {
        java.util.TreeSet<String> types = new java.util.TreeSet<>(routedTypes.keySet());
        GatewayCapabilities.resources().forEach(resource -> types.add(resource.getType()));
        return List.copyOf(types);
    }

    private void metadata(RoutingContext context) {
        Map<String, CapabilityStatement> statements = new ConcurrentHashMap<>();
        List<Future<Void>> asked = new ArrayList<>();
        java.util.Set<String> services = new java.util.LinkedHashSet<>(routedTypes.values());
        services.addAll(routedOperations.values());
        for (String service : services) {
            asked.add(statementOf(service)
                    .onSuccess(statement -> statements.put(service, statement))
                    .recover(failure -> {
                        LOG.warnf("No FHIR metadata from %s: %s", service, failure.toString());
                        return Future.succeededFuture();
                    })
                    .mapEmpty());
        }
        Future.join(asked).onComplete(done -> {
            String base = context.request().scheme() + "://" + context.request().authority() + "/fhir/R4";
            CapabilityStatement merged = CapabilityMerge.merge(
                    GatewayCapabilities.resources(),
                    routedTypes,
                    routedOperations,
                    statements,
                    base,
                    new DateTimeType(Date.from(clock.instant())));
            context.response()
                    .setStatusCode(200)
                    .putHeader(HttpHeaders.CONTENT_TYPE, FhirOutcomes.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .end(FhirContext.forR4Cached().newJsonParser().encodeResourceToString(merged));
        });
    }

    private Future<CapabilityStatement> statementOf(String baseUrl) {
        Upstream upstream = Upstream.parse(baseUrl);
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setSsl(upstream.ssl())
                .setURI(upstream.uriFor(METADATA, null))
                .setIdleTimeout(config.upstreamTimeout().toMillis())
                .putHeader(HttpHeaders.ACCEPT, "application/fhir+json");
        return client.request(request)
                .compose(call -> call.send())
                .compose(response -> response.statusCode() == 200
                        ? response.body()
                        : Future.failedFuture("status " + response.statusCode()))
                .map(body -> (CapabilityStatement) FhirContext.forR4Cached()
                        .newJsonParser()
                        .parseResource(CapabilityStatement.class, body.toString()));
    }
}
