package org.motus.therapist.library;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.therapist.testing.PatientServiceStub;
import org.motus.therapist.testing.Tokens;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PatientServiceStub.class)
class MediaStoreTest {

    @Inject
    MediaStore store;

    @Inject
    EntityManager entityManager;

    /** Remembers the largest single write: the store must hand the response one chunk at a time. */
    static final class ChunkWatcher extends OutputStream {
        final ByteArrayOutputStream received = new ByteArrayOutputStream();
        int largestWrite;

        @Override
        public void write(int b) {
            largestWrite = Math.max(largestWrite, 1);
            received.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            largestWrite = Math.max(largestWrite, len);
            received.write(b, off, len);
        }
    }

    @Test
    void aStoredUploadIsCopiedOneChunkAtATimeFromAnyOffset() throws IOException {
        byte[] content = new byte[3 * MediaStore.CHUNK_BYTES + 123];
        new Random(11).nextBytes(content);
        long oid = QuarkusTransaction.requiringNew().call(() -> store.write(content));

        ChunkWatcher whole = new ChunkWatcher();
        store.copy(oid, 0, content.length, whole);
        assertThat(Arrays.equals(whole.received.toByteArray(), content)).isTrue();
        assertThat(whole.largestWrite).isEqualTo(MediaStore.CHUNK_BYTES);

        ChunkWatcher part = new ChunkWatcher();
        store.copy(oid, MediaStore.CHUNK_BYTES + 5, 10, part);
        assertThat(part.received.toByteArray())
                .isEqualTo(Arrays.copyOfRange(content, MediaStore.CHUNK_BYTES + 5, MediaStore.CHUNK_BYTES + 15));
        assertThat(part.largestWrite).isEqualTo(10);
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("select lo_unlink(:oid)")
                        .setParameter("oid", oid)
                        .getSingleResult());
    }

    @Test
    void readingPastTheEndOfAnUploadFailsInsteadOfSendingTooFewBytes() {
        long oid = QuarkusTransaction.requiringNew().call(() -> store.write(new byte[] {1, 2, 3}));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.copy(oid, 1, 5, OutputStream.nullOutputStream()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("ended");
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("select lo_unlink(:oid)")
                        .setParameter("oid", oid)
                        .getSingleResult());
    }

    @Test
    void replacingOrRemovingAnUploadRemovesItsLargeObject() {
        String id = given().auth()
                .oauth2(Tokens.TESS.token())
                .contentType(ContentType.JSON)
                .body(ExerciseResourceTest.clinicExercise(
                        "lo-" + UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/exercises")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(Tokens.TESS.token())
                .contentType("image/png")
                .body(ExerciseResourceTest.PNG)
                .put("/api/v1/exercises/" + id + "/media")
                .then()
                .statusCode(200);
        long first = oidOf(id);
        given().auth()
                .oauth2(Tokens.TESS.token())
                .contentType("image/png")
                .body(ExerciseResourceTest.PNG)
                .put("/api/v1/exercises/" + id + "/media")
                .then()
                .statusCode(200);
        long second = oidOf(id);
        assertThat(second).isNotEqualTo(first);
        assertThat(exists(first)).as("the replaced upload's large object").isFalse();
        assertThat(exists(second)).isTrue();
        given().auth()
                .oauth2(Tokens.TESS.token())
                .delete("/api/v1/exercises/" + id + "/media")
                .then()
                .statusCode(204);
        assertThat(exists(second)).as("the removed upload's large object").isFalse();
    }

    private long oidOf(String exerciseId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "select content_oid from exercise_media where exercise_id = cast(:id as uuid)")
                                .setParameter("id", exerciseId)
                                .getSingleResult())
                        .longValue());
    }

    private boolean exists(long oid) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                        .createNativeQuery(
                                                "select count(*) from pg_largeobject_metadata where oid = cast(:oid as oid)")
                                        .setParameter("oid", oid)
                                        .getSingleResult())
                                .longValue()
                        == 1);
    }
}
