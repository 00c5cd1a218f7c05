package org.motus.problem.fhir;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMART on FHIR scopes of an access token's {@code scope} claim, and what they let a caller read
 * (ADR 0054). Both spellings are understood: SMART v1 {@code system/Observation.read},
 * {@code patient/*.read}, {@code user/*.*} and SMART v2 {@code system/Observation.rs},
 * {@code patient/*.r}. Only reading is ever granted by a scope: Motus takes no writes from machine
 * clients. Anything that is not a SMART scope ({@code openid}, {@code profile}, {@code email}) is
 * ignored.
 *
 * <p>Scopes narrow, never widen, what a person may do: a patient's token with
 * {@code patient/Observation.read} still reaches only that patient. For a machine client
 * (client credentials, no person) they are the whole grant.
 */
public final class SmartScopes {

    /** Whose data a scope speaks of, broadest last. */
    public enum Context {
        /** The patient in the token's launch context ({@code patient} claim). */
        PATIENT,
        /** Whatever the signed-in person may see. */
        USER,
        /** Every patient of the clinic: a backend system. */
        SYSTEM
    }

    /** One granted read: a context and a resource type, {@code *} for every type. */
    public record Grant(Context context, String resourceType) {
        boolean covers(String type) {
            return "*".equals(resourceType) || resourceType.equals(type);
        }
    }

    // context / type . permissions: v1 read|write|*, v2 any ordered subset of c r u d s (optional ?query).
    private static final Pattern SCOPE =
            Pattern.compile("(patient|user|system)/(\\*|[A-Z][A-Za-z]{1,63})\\.(read|write|\\*|c?r?u?d?s?)(\\?\\S*)?");

    private static final SmartScopes NONE = new SmartScopes(List.of());

    private final List<Grant> grants;

    private SmartScopes(List<Grant> grants) {
        this.grants = List.copyOf(grants);
    }

    /** The scopes of a space-separated {@code scope} claim; null or blank gives none. */
    public static SmartScopes parse(String claim) {
        if (claim == null || claim.isBlank()) {
            return NONE;
        }
        java.util.ArrayList<Grant> grants = new java.util.ArrayList<>();
        for (String scope : claim.strip().split("\\s+")) {
            Matcher matcher = SCOPE.matcher(scope);
            // A query-restricted v2 scope (?category=...) grants less than its type: Motus cannot
            // honour the restriction, so it grants nothing rather than everything.
            if (!matcher.matches() || matcher.group(4) != null) {
                continue;
            }
            String permissions = matcher.group(3);
            if (grantsRead(permissions)) {
                grants.add(new Grant(Context.valueOf(matcher.group(1).toUpperCase(Locale.ROOT)), matcher.group(2)));
            }
        }
        return grants.isEmpty() ? NONE : new SmartScopes(grants);
    }

    private static boolean grantsRead(String permissions) {
        return switch (permissions) {
            case "read", "*" -> true;
            case "write", "" -> false;
            // v2: reading one resource (r) and searching (s) are both reads; Motus serves both
            // through the same door, so either is enough.
            default -> permissions.indexOf('r') >= 0 || permissions.indexOf('s') >= 0;
        };
    }

    /** True when the token carries no SMART scope at all. */
    public boolean isEmpty() {
        return grants.isEmpty();
    }

    public List<Grant> grants() {
        return grants;
    }

    /** The contexts in which the caller may read {@code resourceType}. */
    public Set<Context> readContexts(String resourceType) {
        Set<Context> contexts = EnumSet.noneOf(Context.class);
        for (Grant grant : grants) {
            if (grant.covers(resourceType)) {
                contexts.add(grant.context());
            }
        }
        return contexts;
    }

    /** The broadest context in which the caller may read {@code resourceType}, if any. */
    public Optional<Context> broadestRead(String resourceType) {
        Set<Context> contexts = readContexts(resourceType);
        for (Context context : List.of(Context.SYSTEM, Context.USER, Context.PATIENT)) {
            if (contexts.contains(context)) {
                return Optional.of(context);
            }
        }
        return Optional.empty();
    }

    /** True when every resource type may be read in {@code context} (a {@code *} grant). */
    public boolean readsEveryType(Context context) {
        return grants.stream().anyMatch(g -> g.context() == context && "*".equals(g.resourceType()));
    }

    /**
     * The broadest context in which the scopes let the caller make the read at {@code path} (under
     * {@code /fhir/R4}): the path's resource type; every type for {@code Patient/{id}/$everything},
     * whose Bundle holds all of them; every type in the system context for a path without a type
     * (system-level operations) and for any {@code $export}, {@code Patient/$export} included.
     */
    public Optional<Context> readContextFor(String path) {
        Optional<String> type = resourceTypeOf(path);
        if (path.contains("$export") || path.contains("%24export")) {
            // Bulk export (Patient/$export included) takes every type of every patient.
            return readsEveryType(Context.SYSTEM) ? Optional.of(Context.SYSTEM) : Optional.empty();
        }
        if (type.isEmpty() || path.contains("$everything") || path.contains("%24everything")) {
            for (Context context : List.of(Context.SYSTEM, Context.USER, Context.PATIENT)) {
                if (readsEveryType(context) && (type.isPresent() || context == Context.SYSTEM)) {
                    return Optional.of(context);
                }
            }
            return Optional.empty();
        }
        return broadestRead(type.get());
    }

    /**
     * What the scopes refuse in a FHIR request, if anything, as words for the 403 ("reading
     * Observation", "writing"): a machine client ({@code machine}) may only read, and only what a
     * {@code system/} or {@code patient/} scope grants; a person's token without SMART scopes (the web
     * app's) is not narrowed, one with SMART scopes reads only the types they grant. The capability
     * statement ({@code metadata}) is public and never refused.
     */
    public Optional<String> refusal(boolean machine, String method, String path) {
        if (path != null && path.replaceAll("/+$", "").endsWith("/metadata")) {
            return Optional.empty();
        }
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        if (!read) {
            return machine ? Optional.of("writing") : Optional.empty();
        }
        if (!machine && grants.isEmpty()) {
            return Optional.empty();
        }
        Optional<Context> context = readContextFor(path);
        // A user/ scope speaks of a person's reach; a machine client has none to borrow.
        if (context.isEmpty() || (machine && context.get() == Context.USER)) {
            return Optional.of("reading " + resourceTypeOf(path).orElse("this"));
        }
        return Optional.empty();
    }

    /**
     * The resource type a request under {@code /fhir/R4} is about: the first path segment after the
     * base when it names a type ({@code Observation}, {@code Patient/1/$everything}); empty for
     * {@code metadata} and system-level operations ({@code $export}), which decide for themselves.
     */
    public static Optional<String> resourceTypeOf(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String basePath = Fhir.BASE_PATH.substring(1); // "fhir/R4", with or without the leading slash
        int base = path.indexOf(basePath);
        String rest = base < 0 ? path : path.substring(base + basePath.length());
        while (rest.startsWith("/")) {
            rest = rest.substring(1);
        }
        int slash = rest.indexOf('/');
        String first = slash < 0 ? rest : rest.substring(0, slash);
        int query = first.indexOf('?');
        if (query >= 0) {
            first = first.substring(0, query);
        }
        return first.matches("[A-Z][A-Za-z]{1,63}") ? Optional.of(first) : Optional.empty();
    }

    @Override
    public String toString() {
        return grants.stream()
                .map(g -> g.context().name().toLowerCase(Locale.ROOT) + "/" + g.resourceType() + ".read")
                .reduce((a, b) -> a + " " + b)
                .orElse("");
    }
}
