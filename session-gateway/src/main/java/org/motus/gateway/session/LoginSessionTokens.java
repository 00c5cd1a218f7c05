package org.motus.gateway.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.agroal.api.AgroalDataSource;
import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TokenStateManager;
import io.quarkus.oidc.runtime.CodeAuthenticationMechanism;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.motus.problem.DatabaseUnavailable;

/**
 * Keeps each browser login session's tokens in the gateway's database (table
 * {@code login_session_tokens}, docs/adr/0052) so that the session cookie carries only a random
 * reference: 43 characters instead of ~4 KB of encrypted tokens in two chunks. quarkus-oidc asks this
 * bean for the tokens behind the cookie on every authenticated request, stores a new row when a
 * sign-in completes or its tokens are refreshed, and deletes the state on sign-out.
 *
 * <ul>
 * <li>The reference is 32 random bytes; the row is keyed by its SHA-256, so the table holds no
 * working cookie. A reference that names no live row (tampered, signed out, expired) does not
 * authenticate, and quarkus-oidc deletes the cookie.</li>
 * <li>The tokens are sealed ({@link TokenSeal}) with the session secret; the ID token's {@code sid} and
 * {@code sub} stay readable so that a back-channel logout deletes the rows of that session
 * ({@link #endSessions}).</li>
 * <li>A refresh adds a row for the same sign-in ({@code login_id}). quarkus-oidc deletes the previous
 * state first; here that only shortens the previous row's life to {@link #REFRESH_GRACE}, so that
 * calls the browser made with the previous cookie while the refresh was under way still
 * authenticate. Signing out ({@code quarkus.oidc.logout.path}) deletes every row of the sign-in, and
 * so does the failure of a reference that names no live row.</li>
 * <li>Rows expire with the cookie ({@code quarkus.oidc.authentication.session-age-extension} past the
 * ID token's expiry) and each replica sweeps expired ones ({@link #sweepExpired}).</li>
 * <li>Each replica keeps the sessions it read lately in memory ({@link Known}): a request whose
 * session this replica confirmed within {@code motus.login-sessions.recheck-after} reads no row, and
 * one confirmed earlier reads it again. While the database cannot be reached, a session this replica
 * knows goes on working until its row would have expired (the services behind the gateway answer
 * 503 and keep their audit); only a session this replica has not seen is refused with 503. Sign-out
 * and Keycloak's back-channel logout reach every replica's memory through the login-session events
 * ({@link #forget}); {@code EndedLoginSessions} refuses an ended session's cookie meanwhile.</li>
 * </ul>
 *
 * Plain JDBC on the gateway's one datasource, run off the event loop by quarkus-oidc's
 * {@link OidcRequestContext#runBlocking}: no second (reactive) connection pool to configure. This is
 * the same design as Quarkus' {@code quarkus-oidc-db-token-state-manager}, which cannot be resolved for
 * Quarkus 3.33.2 (its parent POM is not on Maven Central) and which keeps the table itself.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class LoginSessionTokens implements TokenStateManager {

    private static final Logger LOG = Logger.getLogger(LoginSessionTokens.class);
    static final int REFERENCE_BYTES = 32;
    /** Base64url without padding of {@link #REFERENCE_BYTES} bytes. */
    static final int REFERENCE_CHARS = 43;
    /** How long the previous cookie of a refreshed session keeps working (calls already on their way). */
    static final Duration REFRESH_GRACE = Duration.ofSeconds(30);
    /** The routing-context key under which a refresh passes the sign-in's id from the old row to the new. */
    private static final String SIGN_IN = LoginSessionTokens.class.getName() + ".login_id";
    /** Set on a request whose tokens could not be read because the database was unreachable. */
    private static final String UNREACHABLE = LoginSessionTokens.class.getName() + ".unreachable";

    static final String SESSION_COOKIE = "q_session";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AgroalDataSource database;
    private final Clock clock;
    private final TokenSeal seal;
    private final Optional<String> logoutPath;
    private final Duration recheckAfter;
    /** The sessions this replica read lately, by the hex of the reference's hash (never the reference). */
    private final Cache<String, Known> recent;

    /** A session as its row said when this replica last read it. */
    record Known(
            AuthorizationCodeTokens tokens,
            UUID signIn,
            String sid,
            String subject,
            Instant expiresAt,
            Instant confirmedAt) {

        boolean liveAt(Instant now) {
            return now.isBefore(expiresAt);
        }

        Known expiringBy(Instant latest) {
            return latest.isBefore(expiresAt) ? new Known(tokens, signIn, sid, subject, latest, confirmedAt) : this;
        }
    }

    LoginSessionTokens(
            AgroalDataSource database,
            Clock clock,
            @ConfigProperty(name = SessionSecretCheck.PROPERTY) Optional<String> secret,
            @ConfigProperty(name = "quarkus.oidc.logout.path") Optional<String> logoutPath,
            @ConfigProperty(name = "motus.login-sessions.recheck-after", defaultValue = "30S") Duration recheckAfter,
            @ConfigProperty(name = "motus.login-sessions.remembered", defaultValue = "20000") int remembered) {
        this.database = database;
        this.clock = clock;
        this.logoutPath = logoutPath;
        this.recheckAfter = recheckAfter;
        // Bounded: a replica remembers its most used sessions; one it forgot is read from its row again.
        this.recent = Caffeine.newBuilder().maximumSize(remembered).build();
        // Production refuses to start without a strong secret (SessionSecretCheck); without any
        // secret (never in dev, test or prod as configured) the rows are readable by this process only.
        this.seal = TokenSeal.withSecret(secret.map(String::strip)
                .filter(s -> !s.isEmpty())
                .orElseGet(() -> UUID.randomUUID().toString() + UUID.randomUUID()));
    }

    @Override
    public Uni<String> createTokenState(
            RoutingContext context,
            OidcTenantConfig oidcConfig,
            AuthorizationCodeTokens tokens,
            OidcRequestContext<String> requestContext) {
        Long maxAgeSeconds = context.get(CodeAuthenticationMechanism.SESSION_MAX_AGE_PARAM);
        Duration maxAge = Duration.ofSeconds(maxAgeSeconds == null ? 0 : maxAgeSeconds);
        UUID signIn = context.get(SIGN_IN);
        return requestContext.runBlocking(() -> store(tokens, maxAge, signIn == null ? UUID.randomUUID() : signIn));
    }

    @Override
    public Uni<AuthorizationCodeTokens> getTokens(
            RoutingContext context,
            OidcTenantConfig oidcConfig,
            String reference,
            OidcRequestContext<AuthorizationCodeTokens> requestContext) {
        if (!wellFormed(reference)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Not a session reference"));
        }
        String key = keyOf(reference);
        Instant now = clock.instant();
        Known known = recent.getIfPresent(key);
        if (known != null && !known.liveAt(now)) {
            recent.invalidate(key);
            known = null;
        }
        if (known != null && now.isBefore(known.confirmedAt().plus(recheckAfter))) {
            return Uni.createFrom().item(known.tokens());
        }
        Known remembered = known;
        return requestContext
                .runBlocking(() -> load(reference, key))
                .onFailure(DatabaseUnavailable::causes)
                .recoverWithUni(unreachable -> {
                    if (remembered != null) {
                        // Known here and not yet expired: an outage signs nobody out.
                        return Uni.createFrom().item(remembered.tokens());
                    }
                    context.put(UNREACHABLE, Boolean.TRUE);
                    return Uni.createFrom().failure(unreachable);
                });
    }

    /**
     * The tokens behind {@code reference} if this replica confirmed its row within
     * {@code motus.login-sessions.recheck-after} and it has not expired since: from memory only, exactly
     * what {@link #getTokens} would answer without a database read. Empty otherwise (then quarkus-oidc
     * asks {@link #getTokens}, which reads the row).
     */
    Optional<AuthorizationCodeTokens> confirmed(String reference) {
        if (!wellFormed(reference)) {
            return Optional.empty();
        }
        Known known = recent.getIfPresent(keyOf(reference));
        Instant now = clock.instant();
        if (known == null
                || !known.liveAt(now)
                || !now.isBefore(known.confirmedAt().plus(recheckAfter))) {
            return Optional.empty();
        }
        return Optional.of(known.tokens());
    }

    /** Whether this request's session could not be read because the database was unreachable (not signed out). */
    public static boolean unreachable(RoutingContext context) {
        return Boolean.TRUE.equals(context.get(UNREACHABLE));
    }

    @Override
    public Uni<Void> deleteTokens(
            RoutingContext context,
            OidcTenantConfig oidcConfig,
            String reference,
            OidcRequestContext<Void> requestContext) {
        if (!wellFormed(reference)) {
            return Uni.createFrom().voidItem();
        }
        if (unreachable(context)) {
            // quarkus-oidc drops the cookie of a session it could not read; during a database outage
            // the session is not over: keep the cookie (it was only marked for deletion), and the
            // browser is signed in again as soon as the database answers (SecurityFailures says 503).
            context.response().removeCookie(SESSION_COOKIE, false);
            return Uni.createFrom().voidItem();
        }
        boolean signingOut =
                logoutPath.filter(path -> path.equals(context.request().path())).isPresent();
        String key = keyOf(reference);
        return requestContext.runBlocking(() -> {
            UUID retired = signingOut ? null : retire(reference);
            if (retired != null) {
                context.put(SIGN_IN, retired);
                Instant graceEnds = clock.instant().plus(REFRESH_GRACE);
                recent.asMap().computeIfPresent(key, (k, known) -> known.expiringBy(graceEnds));
            } else {
                Known known = recent.getIfPresent(key);
                UUID signIn = endSignIn(reference);
                forgetSignIn(signIn != null ? signIn : known == null ? null : known.signIn());
                recent.invalidate(key);
            }
            return null;
        });
    }

    private String store(AuthorizationCodeTokens tokens, Duration maxAge, UUID signIn) {
        byte[] raw = new byte[REFERENCE_BYTES];
        RANDOM.nextBytes(raw);
        String reference = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        byte[] hash = hashOf(reference);
        JsonObject idClaims = claimsOf(tokens.getIdToken());
        Instant now = clock.instant();
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into login_session_tokens
                            (reference_hash, login_id, sid, subject, tokens, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)) {
            insert.setBytes(1, hash);
            insert.setObject(2, signIn);
            insert.setString(3, idClaims.getString("sid"));
            insert.setString(4, idClaims.getString("sub"));
            insert.setBytes(5, seal.seal(toJson(tokens), hash));
            insert.setTimestamp(6, Timestamp.from(now));
            insert.setTimestamp(7, Timestamp.from(now.plus(maxAge)));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new AuthenticationFailedException("Could not keep the session's tokens", e);
        }
        return reference;
    }

    private AuthorizationCodeTokens load(String reference, String key) {
        byte[] hash = hashOf(reference);
        Instant now = clock.instant();
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select tokens, login_id, sid, subject, expires_at from login_session_tokens
                        where reference_hash = ? and expires_at > ?
                        """)) {
            select.setBytes(1, hash);
            select.setTimestamp(2, Timestamp.from(now));
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    recent.invalidate(key);
                    throw new AuthenticationFailedException(
                            "No such login session (signed out, expired or never made)");
                }
                AuthorizationCodeTokens tokens = fromJson(seal.open(row.getBytes(1), hash));
                recent.put(
                        key,
                        new Known(
                                tokens,
                                row.getObject(2, UUID.class),
                                row.getString(3),
                                row.getString(4),
                                row.getTimestamp(5).toInstant(),
                                now));
                return tokens;
            }
        } catch (SQLException e) {
            throw new AuthenticationFailedException("Could not read the session's tokens", e);
        } catch (GeneralSecurityException e) {
            // Sealed with another secret (it was changed) or altered in the database.
            recent.invalidate(key);
            throw new AuthenticationFailedException("The session's tokens could not be opened", e);
        }
    }

    /**
     * A live row about to be replaced (quarkus-oidc deletes the state before storing refreshed tokens)
     * lives on for {@link #REFRESH_GRACE} at most; its sign-in id, or null if the reference names no live row.
     */
    private UUID retire(String reference) {
        Instant now = clock.instant();
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement("""
                        update login_session_tokens set expires_at = least(expires_at, ?)
                        where reference_hash = ? and expires_at > ?
                        returning login_id
                        """)) {
            update.setTimestamp(1, Timestamp.from(now.plus(REFRESH_GRACE)));
            update.setBytes(2, hashOf(reference));
            update.setTimestamp(3, Timestamp.from(now));
            try (ResultSet row = update.executeQuery()) {
                return row.next() ? row.getObject(1, UUID.class) : null;
            }
        } catch (SQLException e) {
            LOG.warnf("Could not retire a refreshed session's previous tokens (they expire): %s", e.getMessage());
            return null;
        }
    }

    /** Signing out: every row of the sign-in that {@code reference} belongs to (its refreshes too); its id, or null. */
    private UUID endSignIn(String reference) {
        try (Connection connection = database.getConnection();
                PreparedStatement delete = connection.prepareStatement("""
                        delete from login_session_tokens where login_id =
                            (select login_id from login_session_tokens where reference_hash = ?)
                        returning login_id
                        """)) {
            delete.setBytes(1, hashOf(reference));
            try (ResultSet rows = delete.executeQuery()) {
                return rows.next() ? rows.getObject(1, UUID.class) : null;
            }
        } catch (SQLException e) {
            // The cookie is deleted anyway; the row expires and is swept.
            LOG.warnf("Could not delete a signed-out session's tokens (they expire): %s", e.getMessage());
            return null;
        }
    }

    private void forgetSignIn(UUID signIn) {
        if (signIn != null) {
            recent.asMap().values().removeIf(known -> signIn.equals(known.signIn()));
        }
    }

    /**
     * A login session ended (signed out on any replica, or Keycloak's back-channel logout): this
     * replica forgets what it remembered of it, by {@code sid}, or without one every session of
     * {@code subject}. Called for the login-session events that reach every replica.
     */
    public void forget(String sid, String subject) {
        if (sid != null) {
            recent.asMap().values().removeIf(known -> sid.equals(known.sid()));
        } else if (subject != null) {
            recent.asMap().values().removeIf(known -> subject.equals(known.subject()));
        }
    }

    /**
     * Keycloak ended a session (back-channel logout): delete its rows, so that its cookie stops
     * working on every replica whether or not it ever comes back. By {@code sid}; a logout token
     * without one names the user, and every session of theirs made until now ends. Blocking.
     *
     * @return how many rows went
     */
    public int endSessions(String sid, String subject) {
        String sql = sid != null
                ? "delete from login_session_tokens where sid = ?"
                : "delete from login_session_tokens where subject = ? and created_at <= ?";
        if (sid == null && subject == null) {
            return 0;
        }
        try (Connection connection = database.getConnection();
                PreparedStatement delete = connection.prepareStatement(sql)) {
            if (sid != null) {
                delete.setString(1, sid);
            } else {
                delete.setString(1, subject);
                delete.setTimestamp(2, Timestamp.from(clock.instant()));
            }
            return delete.executeUpdate();
        } catch (SQLException e) {
            // EndedLoginSessions still refuses the session's cookie on /api; the rows expire.
            LOG.warnf("Could not delete the tokens of a session Keycloak ended: %s", e.getMessage());
            return 0;
        }
    }

    /** Each replica deletes the rows of expired sessions (concurrent sweeps just delete fewer). */
    @Scheduled(
            every = "${motus.login-sessions.sweep-every:10m}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweepExpired() {
        sweepExpiredBefore(clock.instant());
    }

    int sweepExpiredBefore(Instant now) {
        try (Connection connection = database.getConnection();
                PreparedStatement delete =
                        connection.prepareStatement("delete from login_session_tokens where expires_at <= ?")) {
            delete.setTimestamp(1, Timestamp.from(now));
            return delete.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("Could not sweep expired login sessions (next time): %s", e.getMessage());
            return 0;
        }
    }

    static boolean wellFormed(String reference) {
        if (reference == null || reference.length() != REFERENCE_CHARS) {
            return false;
        }
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            boolean base64url =
                    (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!base64url) {
                return false;
            }
        }
        return true;
    }

    private static String keyOf(String reference) {
        return HexFormat.of().formatHex(hashOf(reference));
    }

    static byte[] hashOf(String reference) {
        return TokenSeal.sha256(reference.getBytes(StandardCharsets.US_ASCII));
    }

    /** The ID token's claims (quarkus-oidc verified it before asking to store it); empty if unreadable. */
    private static JsonObject claimsOf(String idToken) {
        try {
            String[] parts = idToken == null ? new String[0] : idToken.split("\\.");
            if (parts.length >= 2) {
                return new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            }
        } catch (RuntimeException e) {
            LOG.debugf("ID token claims unreadable: %s", e.toString());
        }
        return new JsonObject();
    }

    private static String toJson(AuthorizationCodeTokens tokens) {
        return new JsonObject()
                .put("id", tokens.getIdToken())
                .put("access", tokens.getAccessToken())
                .put("refresh", tokens.getRefreshToken())
                .put("accessExpiresIn", tokens.getAccessTokenExpiresIn())
                .put("scope", tokens.getAccessTokenScope())
                .encode();
    }

    private static AuthorizationCodeTokens fromJson(String json) {
        JsonObject tokens = new JsonObject(json);
        return new AuthorizationCodeTokens(
                tokens.getString("id"),
                tokens.getString("access"),
                tokens.getString("refresh"),
                tokens.getLong("accessExpiresIn"),
                tokens.getString("scope"));
    }
}
