package org.motus.gateway.config;

import io.quarkus.vertx.http.runtime.RouteConstants;

/**
 * The order of the gateway's handlers on Quarkus's Vert.x router, in one place. A request passes:
 * <ol>
 * <li>{@link #CONTENT_SECURITY_POLICY}: sets the page policy on every answer, then passes on;</li>
 * <li>{@link #SIGN_IN_AVAILABILITY}: {@code GET /login} answers 503 while Keycloak does not answer,
 * before quarkus-oidc would send the browser there;</li>
 * <li>{@link #REMEMBERED_SESSION}: a proxied /api call of a session this replica confirmed and verified
 * lately goes to its service from here, with the checks below; any other call goes on;</li>
 * <li>Quarkus security (authentication from the session cookie, then the HTTP permissions of
 * application.properties): negative orders, always first;</li>
 * <li>{@link #CSRF_GUARD} for state-changing /api calls;</li>
 * <li>{@link #WRITE_LIMIT}: the per-person limit on state-changing /api calls (429);</li>
 * <li>{@link #API_PROXY}: /api paths in the route table go to their service;</li>
 * <li>{@link #SIGNALLING_ADMISSION}: the checks of the WebSocket upgrade of /api/v1/visits/{id}/signal,
 * before quarkus-websockets-next's own route for it (registered without an order, so early);</li>
 * <li>{@link #SESSION}: /login and /logout;</li>
 * <li>{@link #BROWSER_CACHING}: sets how long browsers keep the web app's files, then passes on;</li>
 * <li>{@link #FIRST_SCREEN_HINTS}: a signed-in person's page names the code of their first screen
 * ({@code Link}), then passes on;</li>
 * <li>Quarkus static resources (the web app), {@value RouteConstants#ROUTE_ORDER_DEFAULT};</li>
 * <li>Quarkus REST under /api ({@code /api/v1/me}; other /api paths get a 404 problem),
 * {@value RouteConstants#ROUTE_ORDER_AFTER_DEFAULT} + 500;</li>
 * <li>{@link #SINGLE_PAGE_APP}: any other page path is a deep link into the web app.</li>
 * </ol>
 * Failure handlers are matched in the same order, so {@link #SECURITY_FAILURES} sees
 * authentication failures before Quarkus REST's and Quarkus's own error handler.
 */
public final class RouteOrder {

    /** First of all, where Quarkus puts its configured headers ({@code quarkus.http.header}). */
    public static final int CONTENT_SECURITY_POLICY = Integer.MIN_VALUE;

    /**
     * Before Quarkus security: its authentication filter has priority 200, which Quarkus registers as
     * route order -200 (CORS, priority 300, runs first).
     */
    public static final int SIGN_IN_AVAILABILITY = -250;

    /** Before Quarkus' authentication (-200), after CORS (-300): routing.RememberedSessionProxy. */
    public static final int REMEMBERED_SESSION = -210;

    /** After Quarkus security (authentication and HTTP permissions), before every unordered route. */
    public static final int SIGNALLING_ADMISSION = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1;

    public static final int SECURITY_FAILURES = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT - 100;
    /** A login session that ended is refused before anything else looks at the call (signalling.EndedSessionGuard). */
    public static final int ENDED_SESSION = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT - 1;

    public static final int CSRF_GUARD = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;
    public static final int WRITE_LIMIT = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT + 50;
    public static final int API_PROXY = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT + 100;
    public static final int SIGNALLING = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT + 150;
    public static final int SESSION = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT + 200;
    public static final int BROWSER_CACHING = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT + 250;
    public static final int FIRST_SCREEN_HINTS = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT + 260;
    public static final int SINGLE_PAGE_APP = RouteConstants.ROUTE_ORDER_AFTER_DEFAULT + 5_000;

    private RouteOrder() {}
}
