package org.motus.gateway.session;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.motus.gateway.testing.BrowserSession;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.gateway.testing.Person;
import org.motus.gateway.testing.ProductionRecheck;
import org.motus.localpostgres.PostgresTestResource;

/**
 * With the production setting a replica does not read a session's row on every request (it
 * remembers the sessions it read for {@code motus.login-sessions.recheck-after}), yet an ended
 * session never outlives its end on this replica: sign-out and back-channel logout forget it at once.
 * A row deleted behind the gateway's back is the one thing seen only at the next recheck.
 */
@QuarkusTest
@TestProfile(ProductionRecheck.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
@WithTestResource(PostgresTestResource.class)
class RememberedLoginSessionsTest {

    @OidcWireMock
    WireMockServer oidc;

    @Inject
    AgroalDataSource database;

    @Test
    void aSessionReadOnceIsNotReadAgainBeforeTheRecheck() throws SQLException {
        BrowserSession browser = BrowserSession.signIn(oidc, Person.patient("pat", "Pat", "Patient"));
        assertThat(browser.get("/api/v1/me").statusCode(), equalTo(200));

        // The row goes without the gateway knowing (not how Motus ends a session): the replica
        // still answers from memory, which is what spares every request a database read.
        deleteRowsOf(browser.login().tokens().sid());

        assertThat(browser.get("/api/v1/me").statusCode(), equalTo(200));
    }

    @Test
    void aBackChannelLogoutEndsARememberedSessionAtOnce() {
        Person pat = Person.patient("pat", "Pat", "Patient");
        BrowserSession laptop = BrowserSession.signIn(oidc, pat);
        BrowserSession phone = BrowserSession.signIn(oidc, pat);
        assertThat(laptop.get("/today").statusCode(), equalTo(200));
        assertThat(phone.get("/today").statusCode(), equalTo(200));

        RestAssured.given()
                .contentType("application/x-www-form-urlencoded")
                .formParam(
                        "logout_token", pat.logoutToken(laptop.login().tokens().sid()))
                .post("/back-channel-logout")
                .then()
                .statusCode(200);
        // Its rows go on a worker thread right after the answer; the replica's memory is forgotten with
        // the event. Were it not, the laptop's session would still answer from memory (recheck-after is 30 s).
        await().atMost(Duration.ofSeconds(10))
                .until(() -> rowsOf(laptop.login().tokens().sid()) == 0);

        // A page is not guarded by EndedSessionGuard: only the forgotten tokens send it to sign in.
        assertThat(laptop.get("/today").statusCode(), equalTo(302));
        assertThat(laptop.get("/api/v1/me").statusCode(), equalTo(401));
        assertThat(phone.get("/today").statusCode(), equalTo(200));
    }

    @Test
    void signingOutEndsARememberedSessionAtOnce() throws Exception {
        BrowserSession browser = BrowserSession.signIn(oidc, Person.patient("pat", "Pat", "Patient"));
        String reference = browser.cookie("q_session");
        assertThat(browser.get("/today").statusCode(), equalTo(200));

        browser.get("/logout");

        HttpResponse<Void> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/today"))
                                .header("Cookie", "q_session=" + reference)
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(page.statusCode(), equalTo(302));
    }

    private int rowsOf(String sid) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement count =
                        connection.prepareStatement("select count(*) from login_session_tokens where sid = ?")) {
            count.setString(1, sid);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private void deleteRowsOf(String sid) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement delete =
                        connection.prepareStatement("delete from login_session_tokens where sid = ?")) {
            delete.setString(1, sid);
            assertThat(delete.executeUpdate(), equalTo(1));
        }
    }
}
