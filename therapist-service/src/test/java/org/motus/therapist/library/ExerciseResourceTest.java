package org.motus.therapist.library;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.therapist.testing.PatientServiceStub;
import org.motus.therapist.testing.Tokens;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PatientServiceStub.class)
class ExerciseResourceTest {

    static final Tokens.Person TESS = Tokens.TESS;
    static final String BIRD_DOG = "0b6f1c1e-3f0a-4c1e-9d1a-000000000008";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    static Map<String, Object> clinicExercise(String slug) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("name", "Seated towel calf stretch");
        body.put("pillar", "STRETCHING");
        body.put("regions", List.of("calf", "knee"));
        body.put(
                "instructions",
                List.of(
                        "Sit with one leg straight and a towel around the ball of the foot.",
                        "Pull gently; hold 30 seconds."));
        body.put("commonMistakes", List.of("Bending the knee."));
        body.put("contraindications", List.of("Recent Achilles tendon injury."));
        body.put("defaultDosage", Map.of("sets", 2, "holdSeconds", 30, "daysPerWeek", 7));
        body.put("illustration", "calf-stretch");
        return body;
    }

    static String create(Map<String, Object> body) {
        return given().auth()
                .oauth2(TESS.token())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/exercises")
                .then()
                .statusCode(201)
                .body("madeBy", org.hamcrest.Matchers.equalTo(TESS.name()))
                .extract()
                .path("id");
    }

    @Test
    void seededLibraryHasAtLeastFortyItemsAcrossAllPillarsAndBothKinds() {
        given().auth()
                .oauth2(TESS.token())
                .get("/api/v1/exercises")
                .then()
                .statusCode(200)
                .body("findAll { it.builtIn }.size()", greaterThanOrEqualTo(40))
                .body(
                        "findAll { it.builtIn }.madeBy.unique()",
                        org.hamcrest.Matchers.equalTo(java.util.Arrays.asList((Object) null)))
                .body("pillar", hasItems("EXERCISE", "STRETCHING", "RESTORATION"))
                .body("findAll { it.pillar == 'EXERCISE' }.kind", hasItems("AEROBIC", "STRENGTH"))
                .body("findAll { it.pillar != 'EXERCISE' }.kind", everyItem(nullValue()))
                .body("find { it.slug == 'bird-dog' }.pillar", equalTo("RESTORATION"));
    }

    @Test
    void everySeededExerciseHasInstructionsMistakesContraindicationsDosageAndAShippedIllustration() {
        List<Map<String, Object>> library = given().auth()
                .oauth2(TESS.token())
                .get("/api/v1/exercises")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findAll { it.builtIn }");
        assertThat(library).hasSizeGreaterThanOrEqualTo(40);
        for (Map<String, Object> exercise : library) {
            assertThat((List<?>) exercise.get("instructions"))
                    .as(exercise.get("slug") + " instructions")
                    .isNotEmpty();
            assertThat((List<?>) exercise.get("commonMistakes"))
                    .as(exercise.get("slug") + " mistakes")
                    .isNotEmpty();
            assertThat((List<?>) exercise.get("contraindications"))
                    .as(exercise.get("slug") + " contraindications")
                    .isNotEmpty();
            assertThat(exercise.get("defaultDosage"))
                    .as(exercise.get("slug") + " dosage")
                    .isNotNull();
            @SuppressWarnings("unchecked")
            String url = ((Map<String, String>) exercise.get("demonstration")).get("illustrationUrl");
            assertThat(url).as(exercise.get("slug") + " illustration").startsWith("/api/v1/illustrations/");
            given().auth()
                    .oauth2(Tokens.PAT.token())
                    .get(url)
                    .then()
                    .statusCode(200)
                    .contentType("image/svg+xml")
                    .body(containsString("<svg"), containsString("<title"));
        }
    }

    @Test
    void theLibraryCoversTheProtocolsRegions() {
        given().auth()
                .oauth2(TESS.token())
                .get("/api/v1/exercises")
                .then()
                .statusCode(200)
                .body("regions.flatten()", hasItems("low-back", "neck-shoulder", "knee", "hip", "sciatica", "general"));
    }

    @Test
    void filtersByPillarRegionKindAndText() {
        given().auth()
                .oauth2(TESS.token())
                .queryParam("pillar", "STRETCHING")
                .get("/api/v1/exercises")
                .then()
                .statusCode(200)
                .body("pillar", everyItem(equalTo("STRETCHING")))
                .body("size()", greaterThanOrEqualTo(10));
        given().auth()
                .oauth2(TESS.token())
                .queryParam("region", "sciatica")
                .get("/api/v1/exercises")
                .then()
                .statusCode(200)
                .body("regions", everyItem(hasItem("sciatica")))
                .body("slug", hasItems("straight-leg-raise", "sciatic-nerve-slider"));
        given().auth()
                .oauth2(TESS.token())
                .queryParam("pillar", "exercise")
                .queryParam("kind", "AEROBIC")
                .get("/api/v1/exercises")
                .then()
                .statusCode(200)
                .body("kind", everyItem(equalTo("AEROBIC")))
                .body("slug", hasItems("brisk-walk", "pool-walking"));
        given().auth()
                .oauth2(TESS.token())
                .queryParam("q", "TOWEL")
                .queryParam("region", "low-back")
                .get("/api/v1/exercises")
                .then()
                .statusCode(200)
                .body("slug", hasItem("hamstring-stretch"))
                .body("slug", not(hasItem("bird-dog")));
        given().auth()
                .oauth2(TESS.token())
                .queryParam("q", "100%_\\")
                .get("/api/v1/exercises")
                .then()
                .statusCode(200)
                .body("", empty());
    }

    @Test
    void unknownFilterValuesAreBadInput() {
        given().auth()
                .oauth2(TESS.token())
                .queryParam("pillar", "YOGA")
                .queryParam("region", "elbow")
                .get("/api/v1/exercises")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motus:problem:validation"))
                .body("violations.field", hasItems("pillar", "region"));
    }

    @Test
    void builtInExercisesAreReadOnly() {
        Map<String, Object> body = clinicExercise("bird-dog-changed");
        given().auth()
                .oauth2(TESS.token())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/exercises/" + BIRD_DOG)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motus:problem:conflict"))
                .body("detail", containsString("read-only"));
        given().auth()
                .oauth2(TESS.token())
                .contentType("image/png")
                .body(PNG)
                .put("/api/v1/exercises/" + BIRD_DOG + "/media")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(TESS.token())
                .get("/api/v1/exercises/" + BIRD_DOG)
                .then()
                .statusCode(200)
                .body("name", equalTo("Bird-dog"));
    }

    @Test
    void aTherapistAddsAndEditsAClinicExercise() {
        String slug = "towel-calf-" + UUID.randomUUID().toString().substring(0, 8);
        String id = create(clinicExercise(slug));
        given().auth()
                .oauth2(TESS.token())
                .get("/api/v1/exercises/" + id)
                .then()
                .statusCode(200)
                .body("builtIn", equalTo(false))
                .body("defaultDosage.holdSeconds", equalTo(30))
                .body("demonstration.illustrationUrl", equalTo("/api/v1/illustrations/calf-stretch.svg"));
        Map<String, Object> edited = clinicExercise(slug);
        edited.put("name", "Towel calf stretch");
        given().auth()
                .oauth2(TESS.token())
                .contentType(ContentType.JSON)
                .body(edited)
                .put("/api/v1/exercises/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Towel calf stretch"));
        given().auth()
                .oauth2(TESS.token())
                .queryParam("q", slug)
                .get("/api/v1/exercises")
                .then()
                .body("id", hasItem(id));
    }

    @Test
    void aTakenSlugConflicts() {
        given().auth()
                .oauth2(TESS.token())
                .contentType(ContentType.JSON)
                .body(clinicExercise("bird-dog"))
                .post("/api/v1/exercises")
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:motus:problem:conflict"));
    }

    @Test
    void invalidClinicExercisesListEveryFieldAndStoreNothing() {
        Map<String, Object> body =
                clinicExercise("broken-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("pillar", "EXERCISE");
        body.put("regions", List.of("elbow"));
        body.put("illustration", "no-such-drawing");
        given().auth()
                .oauth2(TESS.token())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/exercises")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("kind", "regions[0]", "illustration"));
        given().auth()
                .oauth2(TESS.token())
                .queryParam("q", body.get("slug"))
                .get("/api/v1/exercises")
                .then()
                .body("", empty());
    }

    @Test
    void aClinicExerciseNeedsADemonstration() {
        Map<String, Object> body =
                clinicExercise("no-demo-" + UUID.randomUUID().toString().substring(0, 8));
        body.remove("illustration");
        given().auth()
                .oauth2(TESS.token())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/exercises")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("illustration"));
        body.put("mediaUrl", "https://videos.example.org/towel-calf.mp4");
        given().auth()
                .oauth2(TESS.token())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/exercises")
                .then()
                .statusCode(201)
                .body("demonstration.mediaUrl", equalTo("https://videos.example.org/towel-calf.mp4"));
    }

    @Test
    void impossibleDefaultDosageIsBadInput() {
        Map<String, Object> body =
                clinicExercise("bad-dose-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("defaultDosage", Map.of("sets", 2, "holdSeconds", -5));
        given().auth()
                .oauth2(TESS.token())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/exercises")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("defaultDosage.holdSeconds"));
    }

    @Test
    void patientsCannotAddExercises() {
        given().auth()
                .oauth2(Tokens.PAT.token())
                .contentType(ContentType.JSON)
                .body(clinicExercise("patient-made"))
                .post("/api/v1/exercises")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aTherapistUploadsAnImageThatIsServedBackWithRanges() {
        String id =
                create(clinicExercise("upload-" + UUID.randomUUID().toString().substring(0, 8)));
        given().auth()
                .oauth2(TESS.token())
                .contentType("image/png")
                .body(PNG)
                .put("/api/v1/exercises/" + id + "/media")
                .then()
                .statusCode(200)
                .body("demonstration.upload.contentType", equalTo("image/png"))
                .body("demonstration.upload.sizeBytes", equalTo(PNG.length))
                .body("demonstration.upload.url", equalTo("/api/v1/exercises/" + id + "/media"));
        byte[] back = given().auth()
                .oauth2(Tokens.PAT.token())
                .get("/api/v1/exercises/" + id + "/media")
                .then()
                .statusCode(200)
                .contentType("image/png")
                .header("Accept-Ranges", "bytes")
                .extract()
                .asByteArray();
        assertThat(back).isEqualTo(PNG);
        byte[] part = given().auth()
                .oauth2(Tokens.PAT.token())
                .header("Range", "bytes=1-3")
                .get("/api/v1/exercises/" + id + "/media")
                .then()
                .statusCode(206)
                .header("Content-Range", "bytes 1-3/" + PNG.length)
                .extract()
                .asByteArray();
        assertThat(part).isEqualTo(Arrays.copyOfRange(PNG, 1, 4));
        given().auth()
                .oauth2(TESS.token())
                .delete("/api/v1/exercises/" + id + "/media")
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(TESS.token())
                .get("/api/v1/exercises/" + id + "/media")
                .then()
                .statusCode(404);
    }

    @Test
    void aRangeThatStartsBeyondTheEndAnswers416NamingTheSize() {
        String id =
                create(clinicExercise("range-" + UUID.randomUUID().toString().substring(0, 8)));
        given().auth()
                .oauth2(TESS.token())
                .contentType("image/png")
                .body(PNG)
                .put("/api/v1/exercises/" + id + "/media")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.PAT.token())
                .header("Range", "bytes=" + PNG.length + "-")
                .get("/api/v1/exercises/" + id + "/media")
                .then()
                .statusCode(416)
                .contentType("application/problem+json")
                .header("Content-Range", "bytes */" + PNG.length)
                .body("type", equalTo("urn:motus:problem:range-not-satisfiable"));
        // The last bytes (a suffix range) are satisfiable.
        byte[] tail = given().auth()
                .oauth2(Tokens.PAT.token())
                .header("Range", "bytes=-4")
                .get("/api/v1/exercises/" + id + "/media")
                .then()
                .statusCode(206)
                .header("Content-Range", "bytes 12-15/16")
                .header("Content-Length", "4")
                .extract()
                .asByteArray();
        assertThat(tail).isEqualTo(Arrays.copyOfRange(PNG, 12, 16));
    }

    @Test
    void anUnchangedUploadAnswers304ToItsETagAndANewUploadChangesIt() {
        String id = create(clinicExercise("etag-" + UUID.randomUUID().toString().substring(0, 8)));
        given().auth()
                .oauth2(TESS.token())
                .contentType("image/png")
                .body(PNG)
                .put("/api/v1/exercises/" + id + "/media")
                .then()
                .statusCode(200);
        String etag = given().auth()
                .oauth2(Tokens.PAT.token())
                .get("/api/v1/exercises/" + id + "/media")
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(Tokens.PAT.token())
                .header("If-None-Match", etag)
                .get("/api/v1/exercises/" + id + "/media")
                .then()
                .statusCode(304)
                .header("ETag", equalTo(etag));
        given().auth()
                .oauth2(TESS.token())
                .contentType("image/png")
                .body(PNG)
                .put("/api/v1/exercises/" + id + "/media")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.PAT.token())
                .header("If-None-Match", etag)
                .get("/api/v1/exercises/" + id + "/media")
                .then()
                .statusCode(200)
                .header("ETag", not(equalTo(etag)));
    }

    @Test
    void aLargeVideoIsServedWholeAndFromAnyOffset() {
        String id =
                create(clinicExercise("video-" + UUID.randomUUID().toString().substring(0, 8)));
        byte[] video = new byte[MediaRules.MAX_VIDEO_BYTES - 1];
        new java.util.Random(7).nextBytes(video);
        System.arraycopy(new byte[] {0, 0, 0, 0x20, 'f', 't', 'y', 'p'}, 0, video, 0, 8);
        given().auth()
                .oauth2(TESS.token())
                .contentType("video/mp4")
                .body(video)
                .put("/api/v1/exercises/" + id + "/media")
                .then()
                .statusCode(200)
                .body("demonstration.upload.sizeBytes", equalTo(video.length));
        byte[] whole = given().auth()
                .oauth2(Tokens.PAT.token())
                .get("/api/v1/exercises/" + id + "/media")
                .then()
                .statusCode(200)
                .contentType("video/mp4")
                .header("Content-Length", String.valueOf(video.length))
                .extract()
                .asByteArray();
        assertThat(Arrays.equals(whole, video))
                .as("the whole video comes back byte for byte")
                .isTrue();
        int from = 20_000_000;
        byte[] middle = given().auth()
                .oauth2(Tokens.PAT.token())
                .header("Range", "bytes=" + from + "-" + (from + 200_000))
                .get("/api/v1/exercises/" + id + "/media")
                .then()
                .statusCode(206)
                .header("Content-Range", "bytes " + from + "-" + (from + 200_000) + "/" + video.length)
                .extract()
                .asByteArray();
        assertThat(Arrays.equals(middle, Arrays.copyOfRange(video, from, from + 200_001)))
                .as("the range is the video's own bytes")
                .isTrue();
    }

    @Test
    void uploadsOfTheWrongTypeOrDisguisedContentAreRefused() {
        String id = create(
                clinicExercise("bad-upload-" + UUID.randomUUID().toString().substring(0, 8)));
        given().auth()
                .oauth2(TESS.token())
                .contentType("application/pdf")
                .body("%PDF-1.7".getBytes())
                .put("/api/v1/exercises/" + id + "/media")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motus:problem:unsupported-media-type"));
        given().auth()
                .oauth2(TESS.token())
                .contentType("image/png")
                .body("<svg onload=alert(1)>".getBytes())
                .put("/api/v1/exercises/" + id + "/media")
                .then()
                .statusCode(415);
        given().auth()
                .oauth2(TESS.token())
                .get("/api/v1/exercises/" + id)
                .then()
                .body("demonstration.upload", nullValue());
    }

    @Test
    void imagesOverTheSizeLimitAreRefused() {
        String id = create(
                clinicExercise("big-upload-" + UUID.randomUUID().toString().substring(0, 8)));
        byte[] big = Arrays.copyOf(PNG, MediaRules.MAX_IMAGE_BYTES + 1);
        given().auth()
                .oauth2(TESS.token())
                .contentType("image/png")
                .body(big)
                .put("/api/v1/exercises/" + id + "/media")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("body"));
    }

    @Test
    void illustrationsAreListedAndUnknownOnesAreNotFound() {
        given().auth()
                .oauth2(TESS.token())
                .get("/api/v1/illustrations")
                .then()
                .statusCode(200)
                .body("", hasItems("quadruped", "walking", "band-raise"));
        given().auth()
                .oauth2(TESS.token())
                .get("/api/v1/illustrations/nothing-here.svg")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void patientsMayReadTheLibraryToo() {
        given().auth()
                .oauth2(Tokens.PAT.token())
                .get("/api/v1/exercises")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.PAT.token())
                .get("/api/v1/exercises/regions")
                .then()
                .statusCode(200)
                .body("", hasItem("low-back"));
    }

    @Test
    void anUnknownExerciseIsNotFound() {
        given().auth()
                .oauth2(TESS.token())
                .get("/api/v1/exercises/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motus:problem:not-found"));
    }

    @Test
    void noTokenIsUnauthorizedAsProblemDetails() {
        given().get("/api/v1/exercises").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void tokenWithoutAMotusRoleIsForbidden() {
        Tokens.Person nobody = new Tokens.Person("someone", "Some One", "offline_access");
        given().auth()
                .oauth2(nobody.token())
                .get("/api/v1/exercises")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void healthIsReadyWithTheDatabase() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.name", hasItems("Database connections health check"));
    }

    @Test
    void openApiIsPublishedWithExamplesOnEveryOperation() {
        Map<String, Map<String, Map<String, Object>>> paths = given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/exercises"))
                .body("paths", hasKey("/api/v1/plans/{planId}/handout.pdf"))
                .extract()
                .jsonPath()
                .getMap("paths");
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                String where = operation.getKey() + " " + path.getKey();
                assertThat(operation.getValue()).as(where + " has a summary").containsKey("summary");
                assertThat(operation.getValue().get("responses").toString())
                        .as(where + " has examples or a binary body")
                        .containsAnyOf("example", "application/pdf", "video/mp4", "204");
            }
        }
        assertThat(paths)
                .containsKeys("/api/v1/plans/mine/today", "/api/v1/plans/{planId}/progression", "/api/v1/protocols");
        given().get("/q/openapi?format=json").then().body("paths.'/api/v1/exercises'.get", notNullValue());
    }
}
