package org.motus.therapist.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test data in one place: seeded ids, plan items and the API calls that build plans. */
public final class Fixtures {

    // Seeded exercises (V1, V2).
    public static final String BRISK_WALK = "0b6f1c1e-3f0a-4c1e-9d1a-000000000001";
    public static final String SIT_TO_STAND = "0b6f1c1e-3f0a-4c1e-9d1a-000000000003";
    public static final String BAND_ROW = "0b6f1c1e-3f0a-4c1e-9d1a-000000000004";
    public static final String HAMSTRING_STRETCH = "0b6f1c1e-3f0a-4c1e-9d1a-000000000005";
    public static final String BIRD_DOG = "0b6f1c1e-3f0a-4c1e-9d1a-000000000008";
    public static final String BAND_LATERAL_RAISE = "0b6f1c1e-3f0a-4c1e-9d1a-000000000019";
    public static final String GLUTE_BRIDGE = "0b6f1c1e-3f0a-4c1e-9d1a-000000000021";
    /** Figure-four buttock stretch: its mistakes say "Holding your breath." (the pacer says "pause"). */
    public static final String PIRIFORMIS_STRETCH = "0b6f1c1e-3f0a-4c1e-9d1a-000000000030";

    // Seeded protocols (V3).
    public static final String LOW_BACK = "0c7a2d2f-4b1b-4d2f-8e2b-000000000001";
    public static final String NECK_SHOULDER = "0c7a2d2f-4b1b-4d2f-8e2b-000000000002";
    public static final String KNEE_HIP_OA = "0c7a2d2f-4b1b-4d2f-8e2b-000000000003";
    public static final String SCIATICA = "0c7a2d2f-4b1b-4d2f-8e2b-000000000004";
    public static final String FIBROMYALGIA = "0c7a2d2f-4b1b-4d2f-8e2b-000000000005";

    private Fixtures() {}

    /** A plan item: an exercise with dosage fields given as name/value pairs. */
    public static Map<String, Object> item(String exerciseId, Object... dosage) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < dosage.length; i += 2) {
            fields.put((String) dosage[i], dosage[i + 1]);
        }
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("exerciseId", exerciseId);
        item.put("dosage", fields);
        return item;
    }

    public static Map<String, Object> draft(List<Map<String, Object>> items) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", new ArrayList<>(items));
        return body;
    }

    public static ValidatableResponse createPlan(Tokens.Person therapist, Object patientId, String protocolId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("patientId", patientId.toString());
        body.put("title", "Plan for " + patientId.toString().substring(0, 8));
        if (protocolId != null) {
            body.put("protocolId", protocolId);
        }
        return given().auth()
                .oauth2(therapist.token())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/plans")
                .then();
    }

    /** Creates a plan with the given items as draft version 1 and returns its id. */
    public static String draftPlan(
            Tokens.Person therapist, PatientServiceContract.TestPatient patient, List<Map<String, Object>> items) {
        String planId = createPlan(therapist, patient.id(), null)
                .statusCode(201)
                .extract()
                .path("planId");
        putDraft(therapist, planId, items).statusCode(200);
        return planId;
    }

    /** Creates, fills and publishes a plan (version 1) and returns its id. */
    public static String publishedPlan(
            Tokens.Person therapist, PatientServiceContract.TestPatient patient, List<Map<String, Object>> items) {
        String planId = draftPlan(therapist, patient, items);
        publish(therapist, planId).statusCode(200);
        return planId;
    }

    public static ValidatableResponse putDraft(
            Tokens.Person therapist, String planId, List<Map<String, Object>> items) {
        return given().auth()
                .oauth2(therapist.token())
                .contentType(ContentType.JSON)
                .body(draft(items))
                .put("/api/v1/plans/" + planId + "/draft")
                .then();
    }

    public static ValidatableResponse publish(Tokens.Person therapist, String planId) {
        return given().auth()
                .oauth2(therapist.token())
                .post("/api/v1/plans/" + planId + "/draft/publish")
                .then();
    }

    /** Publish with a body, e.g. {"loadIncreaseReasons": {"items[0]": "..."}}. */
    public static ValidatableResponse publish(Tokens.Person therapist, String planId, Object body) {
        return given().auth()
                .oauth2(therapist.token())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/plans/" + planId + "/draft/publish")
                .then();
    }

    public static ValidatableResponse get(Tokens.Person caller, String path) {
        return given().auth().oauth2(caller.token()).get(path).then();
    }
}
