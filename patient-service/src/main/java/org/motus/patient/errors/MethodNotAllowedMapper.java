package org.motus.patient.errors;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.motus.problem.Problem;
import org.motus.problem.ProblemMappers;
import org.motus.problem.ProblemType;

/**
 * A path that exists answers a method it does not have with 405 and the {@code Allow} header
 * (RFC 9110 §15.5.6), in a problem body like every other error. Quarkus REST answers such a
 * request 404 where several resource classes share a path prefix ({@code /api/v1/patients/{id}/...}),
 * so a 404 from routing is checked against this service's own resource methods: when the path is
 * one of theirs with other methods, the answer is 405; otherwise it stays 404.
 */
public class MethodNotAllowedMapper {

    private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(
            GET.class, "GET", POST.class, "POST", PUT.class, "PUT", DELETE.class, "DELETE", PATCH.class, "PATCH");

    /** One resource path as a pattern, with the methods it has. */
    record Route(Pattern path, Set<String> methods) {}

    private static volatile List<Route> routes;

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        return methodNotAllowed(e.getResponse().getHeaderString(HttpHeaders.ALLOW));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath().replaceAll("^/+|/+$", "");
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes()) {
            if (route.path().matcher(path).matches()) {
                allowed.addAll(route.methods());
            }
        }
        if (allowed.isEmpty() || allowed.contains(request.getMethod())) {
            return new ProblemMappers().web(e);
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        allowed.add("OPTIONS");
        return methodNotAllowed(String.join(", ", allowed));
    }

    private static Response methodNotAllowed(String allow) {
        Response.ResponseBuilder answer = Response.status(405)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(ProblemType.METHOD_NOT_ALLOWED, "This method is not allowed here."));
        if (allow != null) {
            answer.header(HttpHeaders.ALLOW, allow);
        }
        return answer.build();
    }

    /** The resource methods of this service, read once from the resource classes (CDI beans with @Path). */
    static List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            List<Route> found = new ArrayList<>();
            for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                Class<?> type = bean.getBeanClass();
                Path root = type.getAnnotation(Path.class);
                if (root == null || !type.getPackageName().startsWith("org.motus.patient")) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    METHODS.forEach((annotation, name) -> {
                        if (method.isAnnotationPresent(annotation)) {
                            Path sub = method.getAnnotation(Path.class);
                            found.add(new Route(
                                    pattern(root.value() + (sub == null ? "" : "/" + sub.value())), Set.of(name)));
                        }
                    });
                }
            }
            known = List.copyOf(found);
            routes = known;
        }
        return known;
    }

    /** {@code /api/v1/patients/{id}/check-ins} as a pattern: a template variable is one path segment. */
    static Pattern pattern(String template) {
        String path = ("/" + template).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        StringBuilder regex = new StringBuilder();
        for (String part : path.split("\\{[^}]*}", -1)) {
            if (!regex.isEmpty()) {
                regex.append("[^/]+");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
