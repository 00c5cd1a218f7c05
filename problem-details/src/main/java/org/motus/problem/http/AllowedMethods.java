package org.motus.problem.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which HTTP methods each path has, read once from the resource classes themselves (their
 * {@code @Path} and {@code @GET}/{@code @PUT}/...), for {@code OPTIONS} and for the {@code Allow}
 * header of a 405 (RFC 9110 §9.3.7, §15.5.6). Where several templates match a path, the one JAX-RS
 * would choose wins: the most literal characters. Paths are the request's own, so the REST root
 * ({@code quarkus.rest.path}, {@code /api} in the gateway) is part of every template.
 */
@ApplicationScoped
public class AllowedMethods {

    private static final Pattern VARIABLE =
            Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");

    record Route(Pattern path, int literalCharacters, Set<String> methods) {}

    private final List<Route> routes;

    public AllowedMethods(
            BeanManager beans, @ConfigProperty(name = "quarkus.rest.path", defaultValue = "/") String restPath) {
        Map<String, Set<String>> byTemplate = new LinkedHashMap<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path root = bean.getBeanClass().getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : bean.getBeanClass().getMethods()) {
                String http = httpMethod(method);
                if (http != null) {
                    Path sub = method.getAnnotation(Path.class);
                    byTemplate
                            .computeIfAbsent(
                                    join(restPath, join(root.value(), sub == null ? "" : sub.value())),
                                    t -> new TreeSet<>())
                            .add(http);
                }
            }
        }
        List<Route> found = new ArrayList<>();
        byTemplate.forEach((template, methods) -> found.add(route(template, methods)));
        this.routes = List.copyOf(found);
    }

    /** The methods of the path, as an {@code Allow} value ({@code HEAD} with {@code GET}, and {@code OPTIONS}); null for an unknown path. */
    public String allow(String path) {
        int best = -1;
        Set<String> methods = new TreeSet<>();
        for (Route route : routes) {
            if (!route.path().matcher(path).matches() || route.literalCharacters() < best) {
                continue;
            }
            if (route.literalCharacters() > best) {
                best = route.literalCharacters();
                methods.clear();
            }
            methods.addAll(route.methods());
        }
        if (methods.isEmpty()) {
            return null;
        }
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        methods.add(HttpMethod.OPTIONS);
        return String.join(", ", methods);
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    static Route route(String template, Set<String> methods) {
        StringBuilder regex = new StringBuilder();
        int literals = 0;
        int at = 0;
        Matcher variable = VARIABLE.matcher(template);
        while (variable.find()) {
            String literal = template.substring(at, variable.start());
            regex.append(Pattern.quote(literal));
            literals += literal.length();
            regex.append('(')
                    .append(
                            variable.group(2) == null
                                    ? "[^/]+"
                                    : variable.group(2).strip())
                    .append(')');
            at = variable.end();
        }
        String rest = template.substring(at);
        regex.append(Pattern.quote(rest)).append("/?");
        literals += rest.length();
        return new Route(Pattern.compile(regex.toString()), literals, Set.copyOf(methods));
    }
}
