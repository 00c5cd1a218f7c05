package org.motus.patient.message;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motus.patient.testing.Fixtures.as;
import static org.motus.patient.testing.Fixtures.message;
import static org.motus.patient.testing.Fixtures.rows;
import static org.motus.patient.testing.Fixtures.sendMessage;
import static org.motus.patient.testing.Fixtures.with;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;
import org.motus.patient.testing.Images;
import org.motus.patient.testing.Tokens.Person;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class MessageResourceTest {

    private static final String MESSAGES = "/api/v1/patients/{id}/messages";
    private static final String IMAGES = MESSAGES + "/images";
    private static final String UNREAD = "/api/v1/messages/unread";

    @Test
    void patAndTessExchangeMessagesWithReadReceiptsAndUnreadCounts() {
        Clinic clinic = Fixtures.clinic();
        UUID pat = clinic.pat().id();
        UUID first = sendMessage(clinic.pat().person(), pat, "My knee was sore after the step-ups.");

        unread(clinic.tess())
                .body("total", equalTo(1))
                .body("threads[0].patientId", equalTo(pat.toString()))
                .body("threads[0].unread", equalTo(1));
        unread(clinic.pat().person()).body("total", equalTo(0)).body("threads[0].unread", equalTo(0));
        unread(clinic.stranger()).body("total", equalTo(0)).body("threads", empty());

        as(clinic.tess())
                .get(MESSAGES, pat)
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].mine", equalTo(false))
                .body("[0].authorRole", equalTo("PATIENT"))
                .body("[0].authorName", equalTo("Pat Patient"))
                .body("[0].readBy", empty());
        as(clinic.tess())
                .body(Map.of("upTo", first.toString()))
                .post(MESSAGES + "/read-marks", pat)
                .then()
                .statusCode(200)
                .body("unread", equalTo(0));
        unread(clinic.tess()).body("total", equalTo(0));

        as(clinic.pat().person())
                .get(MESSAGES, pat)
                .then()
                .statusCode(200)
                .body("[0].mine", equalTo(true))
                .body("[0].readBy", hasSize(1))
                .body("[0].readBy[0].readerName", equalTo("Tess Therapist"))
                .body("[0].readBy[0].readerRole", equalTo("THERAPIST"));

        sendMessage(clinic.tess(), pat, "Some soreness is fine if it settles within two hours.");
        unread(clinic.pat().person()).body("total", equalTo(1));
        unread(clinic.tess()).body("total", equalTo(0));
        assertTrue(Fixtures.auditRows(pat, clinic.tess().subject(), "READ_MESSAGES", "SUCCESS") >= 1);
        assertTrue(Fixtures.auditRows(pat, clinic.tess().subject(), "SEND_MESSAGE", "SUCCESS") >= 1);
        assertTrue(Fixtures.auditRows(pat, clinic.tess().subject(), "MARK_MESSAGES_READ", "SUCCESS") >= 1);
    }

    @Test
    void markingReadTwiceKeepsTheFirstTimeAndTheAuthorNeverReadsTheirOwn() {
        Clinic clinic = Fixtures.clinic();
        UUID pat = clinic.pat().id();
        UUID first = sendMessage(clinic.pat().person(), pat, "One.");
        String readAt = markRead(clinic.tess(), pat, first)
                .then()
                .statusCode(200)
                .extract()
                .path("patientName");
        assertEquals("Pat Patient", readAt);
        String firstReadAt =
                as(clinic.pat().person()).get(MESSAGES, pat).then().extract().path("[0].readBy[0].readAt");
        markRead(clinic.tess(), pat, first).then().statusCode(200);
        markRead(clinic.pat().person(), pat, first).then().statusCode(200);
        as(clinic.pat().person())
                .get(MESSAGES, pat)
                .then()
                .body("[0].readBy", hasSize(1))
                .body("[0].readBy[0].readAt", equalTo(firstReadAt));
    }

    @Test
    void textIsStoredCleanedAndAsText() {
        Clinic clinic = Fixtures.clinic();
        as(clinic.pat().person())
                .body(message("  <script>alert(1)</script>\u0000\u0007 \r\nline two \t"))
                .post(MESSAGES, clinic.pat().id())
                .then()
                .statusCode(201)
                .body("text", equalTo("<script>alert(1)</script> \nline two"));
        as(clinic.pat().person())
                .body(message("\uD83D\uDE00".repeat(4000)))
                .post(MESSAGES, clinic.pat().id())
                .then()
                .statusCode(201);
        as(clinic.pat().person())
                .body(Map.of("exerciseRef", "step-ups"))
                .post(MESSAGES, clinic.pat().id())
                .then()
                .statusCode(201)
                .body("text", equalTo(""))
                .body("exerciseRef", equalTo("step-ups"))
                .body("image", nullValue());
    }

    @Test
    void aPatientWritingARedFlagIsToldToAnswerTheQuestionsATherapistIsNot() {
        Clinic clinic = Fixtures.clinic();
        as(clinic.pat().person())
                .body(message("I fainted on the stairs this morning."))
                .post(MESSAGES, clinic.pat().id())
                .then()
                .statusCode(201)
                .body("askRedFlagQuestions", equalTo(true))
                .body("redFlagsMentioned", equalTo(List.of("CHEST_SYMPTOMS")));
        as(clinic.pat().person())
                .body(message("No chest pain, the knee is just stiff."))
                .post(MESSAGES, clinic.pat().id())
                .then()
                .body("askRedFlagQuestions", equalTo(false))
                .body("redFlagsMentioned", empty());
        as(clinic.tess())
                .body(message("Call at once if you get chest pain or bladder trouble."))
                .post(MESSAGES, clinic.pat().id())
                .then()
                .body("askRedFlagQuestions", equalTo(false));
        as(clinic.tess())
                .get(MESSAGES, clinic.pat().id())
                .then()
                .body("[0].askRedFlagQuestions", equalTo(true))
                .body("[0].mine", equalTo(false));
    }

    @Test
    void aRetryWithTheSameKeyStoresOneMessageAndAnotherBodyIsAConflict() {
        Clinic clinic = Fixtures.clinic();
        UUID pat = clinic.pat().id();
        String key = UUID.randomUUID().toString();
        String id = as(clinic.pat().person())
                .header("Idempotency-Key", key)
                .body(message("Once."))
                .post(MESSAGES, pat)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "false")
                .extract()
                .path("id");
        as(clinic.pat().person())
                .header("Idempotency-Key", key)
                .body(message("Once."))
                .post(MESSAGES, pat)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));
        as(clinic.pat().person())
                .header("Idempotency-Key", key)
                .body(message("Twice?"))
                .post(MESSAGES, pat)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        assertEquals(1, rows("message", pat));
    }

    @Test
    void anImageIsSniffedCleanedOfGpsAndServedSafely() {
        Clinic clinic = Fixtures.clinic();
        UUID pat = clinic.pat().id();
        String imageId = upload(clinic.pat().person(), pat, Images.jpegWithGps(64, 48), "application/octet-stream")
                .then()
                .statusCode(201)
                .body("contentType", equalTo("image/jpeg"))
                .body("widthPx", equalTo(64))
                .body("heightPx", equalTo(48))
                .extract()
                .path("id");

        // not sent yet: only the uploader sees it
        as(clinic.tess()).get(IMAGES + "/{imageId}", pat, imageId).then().statusCode(404);
        Response served = as(clinic.pat().person()).get(IMAGES + "/{imageId}", pat, imageId);
        served.then()
                .statusCode(200)
                .contentType("image/jpeg")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", containsString("inline; filename=\"message-image-" + imageId + ".jpg\""))
                .header("Cache-Control", containsString("no-store"));
        byte[] bytes = served.asByteArray();
        assertFalse(Images.contains(bytes, "Exif"), "no EXIF is served");
        assertFalse(Images.jpegMarkers(bytes).contains(0xE1), "no APP1 segment is served");

        as(clinic.pat().person())
                .body(Map.of("text", "The swelling.", "imageId", imageId))
                .post(MESSAGES, pat)
                .then()
                .statusCode(201)
                .body("image.id", equalTo(imageId))
                .body("image.sizeBytes", equalTo(bytes.length));
        as(clinic.tess()).get(IMAGES + "/{imageId}", pat, imageId).then().statusCode(200);
        as(clinic.pat().person())
                .body(Map.of("text", "Again.", "imageId", imageId))
                .post(MESSAGES, pat)
                .then()
                .statusCode(409);
    }

    @Test
    void aPngSentAsJpegIsServedAsThePngItIs() {
        Clinic clinic = Fixtures.clinic();
        String imageId = upload(clinic.pat().person(), clinic.pat().id(), Images.pngWithText(10, 10), "image/jpeg")
                .then()
                .statusCode(201)
                .body("contentType", equalTo("image/png"))
                .extract()
                .path("id");
        Response served = as(clinic.pat().person())
                .get(IMAGES + "/{imageId}", clinic.pat().id(), imageId);
        served.then().statusCode(200).contentType("image/png");
        assertFalse(Images.contains(served.asByteArray(), Images.PNG_SECRET));
    }

    @Test
    void foreignOversizedOrEmptyUploadsAreProblemsAndStoreNothing() {
        Clinic clinic = Fixtures.clinic();
        UUID pat = clinic.pat().id();
        upload(clinic.pat().person(), pat, "GIF89a\u0001\u0000".getBytes(), "image/gif")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motus:problem:unsupported-media-type"));
        upload(clinic.pat().person(), pat, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(), "image/png")
                .then()
                .statusCode(415);
        upload(clinic.pat().person(), pat, new byte[0], "image/png").then().statusCode(415);
        byte[] overFive = new byte[ImageCleaner.MAX_BYTES + 1];
        System.arraycopy(Images.jpeg(4, 4), 0, overFive, 0, 100);
        upload(clinic.pat().person(), pat, overFive, "image/jpeg")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motus:problem:payload-too-large"));
        assertEquals(0, rows("message_image", pat));
    }

    @Test
    void anImageOfAnotherThreadOrPersonCannotBeSent() {
        Clinic clinic = Fixtures.clinic();
        UUID paulasImage =
                Fixtures.uploadImage(clinic.paula().person(), clinic.paula().id());
        UUID tessImage = Fixtures.uploadImage(clinic.tess(), clinic.pat().id());
        for (UUID image : List.of(paulasImage, tessImage, UUID.randomUUID())) {
            as(clinic.pat().person())
                    .body(Map.of("text", "Look.", "imageId", image.toString()))
                    .post(MESSAGES, clinic.pat().id())
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
        as(clinic.pat().person())
                .get(IMAGES + "/{imageId}", clinic.pat().id(), paulasImage)
                .then()
                .statusCode(404);
        as(clinic.pat().person())
                .get(IMAGES + "/{imageId}", clinic.paula().id(), paulasImage)
                .then()
                .statusCode(404);
        assertEquals(0, rows("message", clinic.pat().id()));
    }

    @Test
    void readMarksNeedAMessageOfThisThread() {
        Clinic clinic = Fixtures.clinic();
        UUID paulas = sendMessage(clinic.paula().person(), clinic.paula().id(), "Mine.");
        markRead(clinic.tess(), clinic.pat().id(), paulas).then().statusCode(404);
        for (Object body : List.of(Map.of(), Map.of("upTo", "yesterday"), Map.of("upTo", ""), "{\"upTo\":")) {
            as(clinic.tess())
                    .body(body)
                    .post(MESSAGES + "/read-marks", clinic.pat().id())
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aBadLimitIsA400AndTheLatestMessagesComeOldestFirst() {
        Clinic clinic = Fixtures.clinic();
        UUID pat = clinic.pat().id();
        for (String limit : List.of("0", "201", "ten")) {
            as(clinic.pat().person())
                    .queryParam("limit", limit)
                    .get(MESSAGES, pat)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        sendMessage(clinic.pat().person(), pat, "one");
        sendMessage(clinic.tess(), pat, "two");
        sendMessage(clinic.pat().person(), pat, "three");
        as(clinic.pat().person())
                .queryParam("limit", 2)
                .get(MESSAGES, pat)
                .then()
                .statusCode(200)
                .body("text", equalTo(List.of("two", "three")));
    }

    @Test
    void aJsonBodyOver256KibIsA413AndStoresNothing() {
        Clinic clinic = Fixtures.clinic();
        as(clinic.pat().person())
                .body(with(message("x"), "text", "y".repeat(300 * 1024)))
                .post(MESSAGES, clinic.pat().id())
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        assertEquals(0, rows("message", clinic.pat().id()));
    }

    @Test
    void anAdminHasNoUnreadCountsAndReadsNoMessages() {
        Clinic clinic = Fixtures.clinic();
        as(clinic.admin()).get(UNREAD).then().statusCode(403).contentType("application/problem+json");
        as(clinic.admin()).get(MESSAGES, clinic.pat().id()).then().statusCode(403);
    }

    private static io.restassured.response.ValidatableResponse unread(Person person) {
        return as(person).get(UNREAD).then().statusCode(200);
    }

    private static Response markRead(Person person, UUID patientId, UUID upTo) {
        return as(person).body(Map.of("upTo", upTo.toString())).post(MESSAGES + "/read-marks", patientId);
    }

    private static Response upload(Person person, UUID patientId, byte[] bytes, String contentType) {
        return given().auth()
                .oauth2(person.token())
                .contentType(contentType)
                .body(bytes)
                .post(IMAGES, patientId);
    }
}
