package org.motus.therapist.fhir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.motus.therapist.testing.Fixtures.item;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Timing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.problem.testing.FhirValidation;
import org.motus.therapist.audit.AuditEvent;
import org.motus.therapist.plan.PlanVersion;
import org.motus.therapist.testing.Fixtures;
import org.motus.therapist.testing.PatientServiceContract;
import org.motus.therapist.testing.PatientServiceContract.TestPatient;
import org.motus.therapist.testing.PatientServiceStub;
import org.motus.therapist.testing.Tokens;

/** CarePlan through /fhir/R4: what a published plan looks like, searching, paging, _include and bad input. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PatientServiceStub.class)
class FhirCarePlanApiTest {

    private static final List<Map<String, Object>> FIRST = List.of(
            item(Fixtures.SIT_TO_STAND, "sets", 2, "reps", 10, "loadKg", 4.0),
            item(Fixtures.HAMSTRING_STRETCH, "sets", 2, "holdSeconds", 30, "weekdays", List.of("MONDAY", "THURSDAY")));

    private static final List<Map<String, Object>> SECOND = List.of(
            item(Fixtures.HAMSTRING_STRETCH, "sets", 2, "holdSeconds", 45, "daysPerWeek", 7),
            item(
                    Fixtures.BRISK_WALK,
                    "durationMinutes",
                    30,
                    "daysPerWeek",
                    5,
                    "targetZoneLowPercent",
                    65,
                    "targetZoneHighPercent",
                    75),
            item(Fixtures.BIRD_DOG, "sets", 2, "reps", 8));

    /** A patient on Tess's caseload with versions 1 and 2 published (and a draft 3 open, never shown). */
    private static TestPatient patientWithTwoVersions() {
        TestPatient patient =
                PatientServiceContract.patient(List.of("LOW_BACK"), LocalDate.of(1970, 5, 14), Tokens.TESS);
        String planId = Fixtures.publishedPlan(Tokens.TESS, patient, FIRST);
        Fixtures.putDraft(Tokens.TESS, planId, SECOND).statusCode(200);
        Fixtures.publish(Tokens.TESS, planId).statusCode(200);
        Fixtures.putDraft(Tokens.TESS, planId, FIRST).statusCode(200);
        return patient;
    }

    static Response fhir(Tokens.Person caller, String path) {
        return given().auth().oauth2(caller.token()).get("/fhir/R4/" + path);
    }

    /** A search's Bundle, after checking the status, media type and that HAPI's validator finds no error. */
    static Bundle bundle(Tokens.Person caller, String path) {
        Response response = fhir(caller, path);
        response.then().statusCode(200).contentType(startsWith("application/fhir+json"));
        assertThat(FhirValidation.errors(response.asString())).as(path).isEmpty();
        return (Bundle) FhirValidation.parse(response.asString());
    }

    static <T extends Resource> List<T> matches(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream()
                .filter(e -> e.getSearch().getMode() == Bundle.SearchEntryMode.MATCH)
                .map(e -> type.cast(e.getResource()))
                .toList();
    }

    private static long audited(UUID patientId, String actor, String action, String outcome) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.count(
                        "patientId = ?1 and actorSubject = ?2 and action = ?3 and outcome = ?4",
                        patientId,
                        actor,
                        action,
                        org.motus.therapist.audit.AuditOutcome.valueOf(outcome)));
    }

    @Test
    void eachPublishedVersionIsACarePlanTheNewestActiveAndTheOneItReplacedRevoked() {
        TestPatient patient = patientWithTwoVersions();

        Bundle bundle = bundle(Tokens.TESS, "CarePlan?patient=" + patient.id());

        List<CarePlan> plans = matches(bundle, CarePlan.class);
        assertThat(plans).hasSize(2); // the open draft is not a CarePlan
        CarePlan first = plans.get(0);
        CarePlan second = plans.get(1);
        assertThat(first.getStatus()).isEqualTo(CarePlan.CarePlanStatus.REVOKED);
        assertThat(second.getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
        assertThat(second.getIntent()).isEqualTo(CarePlan.CarePlanIntent.PLAN);
        assertThat(second.getSubject().getReference()).isEqualTo("Patient/" + patient.id());
        assertThat(second.getAuthor().getReference()).isEqualTo("Practitioner/" + Tokens.TESS.subject());
        assertThat(second.getReplacesFirstRep().getReference()).isEqualTo("CarePlan/" + first.getIdPart());
        assertThat(first.getPeriod().getEnd()).isEqualTo(second.getPeriod().getStart());
        assertThat(second.getPeriod().hasEnd()).isFalse();
        assertThat(second.getTitle()).endsWith("(version 2)");

        assertThat(second.getActivity()).hasSize(3);
        CarePlan.CarePlanActivityDetailComponent walk =
                second.getActivity().get(1).getDetail();
        assertThat(walk.getCode().getCodingFirstRep().getSystem()).isEqualTo(Codes.EXERCISE);
        assertThat(walk.getCode().getCodingFirstRep().getCode()).isEqualTo(Fixtures.BRISK_WALK);
        assertThat(((Coding) walk.getExtensionByUrl(Codes.PILLAR_EXTENSION).getValue()).getCode())
                .isEqualTo("EXERCISE");
        assertThat(walk.getStatus()).isEqualTo(CarePlan.CarePlanActivityStatus.INPROGRESS);
        Timing.TimingRepeatComponent walking = walk.getScheduledTiming().getRepeat();
        assertThat(walking.getFrequency()).isEqualTo(5);
        assertThat(walking.getPeriodUnit()).isEqualTo(Timing.UnitsOfTime.WK);
        assertThat(walking.getDuration().intValue()).isEqualTo(30);
        assertThat(walk.getDescription()).contains("30").contains("65");
        CarePlan.CarePlanActivityDetailComponent stretch =
                second.getActivity().get(0).getDetail();
        assertThat(((Coding) stretch.getExtensionByUrl(Codes.PILLAR_EXTENSION).getValue()).getCode())
                .isEqualTo("STRETCHING");
        assertThat(stretch.getDescription()).contains("45");
        assertThat(second.getCategory())
                .extracting(c -> c.getCodingFirstRep().getCode())
                .containsExactly("EXERCISE", "STRETCHING", "RESTORATION");

        CarePlan.CarePlanActivityDetailComponent pinned =
                first.getActivity().get(1).getDetail();
        assertThat(pinned.getStatus()).isEqualTo(CarePlan.CarePlanActivityStatus.STOPPED);
        assertThat(pinned.getScheduledTiming().getRepeat().getDayOfWeek())
                .extracting(d -> d.getValue().toCode())
                .containsExactly("mon", "thu");
        assertThat(first.getActivity().get(0).getDetail().getDescription())
                .contains("2")
                .contains("10")
                .contains("4");

        // the same version read by its id, by the patient themself
        Response read = fhir(patient.person(), "CarePlan/" + second.getIdPart());
        read.then().statusCode(200).contentType(startsWith("application/fhir+json"));
        assertThat(FhirValidation.errors(read.asString())).isEmpty();
        assertThat(((CarePlan) FhirValidation.parse(read.asString())).getStatus())
                .isEqualTo(CarePlan.CarePlanStatus.ACTIVE);

        assertThat(audited(patient.id(), Tokens.TESS.subject(), "PLANS_LISTED", "SUCCESS"))
                .isEqualTo(1);
        assertThat(audited(patient.id(), patient.person().subject(), "PLAN_VERSION_READ", "SUCCESS"))
                .isEqualTo(1);
    }

    @Test
    void statusAndDateNarrowTheSearchAndSubjectNamesThePatientToo() {
        TestPatient patient = patientWithTwoVersions();
        String p = "CarePlan?subject=Patient/" + patient.id();

        assertThat(matches(bundle(Tokens.TESS, p + "&status=active"), CarePlan.class))
                .extracting(c -> c.getStatus().toCode())
                .containsExactly("active");
        assertThat(matches(
                        bundle(Tokens.TESS, p + "&status=http://hl7.org/fhir/request-status|revoked"), CarePlan.class))
                .extracting(c -> c.getStatus().toCode())
                .containsExactly("revoked");
        assertThat(matches(bundle(Tokens.TESS, p + "&status=completed,on-hold"), CarePlan.class))
                .isEmpty();
        assertThat(matches(bundle(Tokens.TESS, p + "&status=active,revoked"), CarePlan.class))
                .hasSize(2);
        // ranges: everything published before today, nothing before the plan existed, only the active one in the future
        String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
        assertThat(matches(bundle(Tokens.TESS, p + "&date=le" + today), CarePlan.class))
                .hasSize(2);
        assertThat(matches(bundle(Tokens.TESS, p + "&date=lt2020-01-01"), CarePlan.class))
                .isEmpty();
        assertThat(matches(bundle(Tokens.TESS, p + "&date=ge2999-01-01"), CarePlan.class))
                .extracting(c -> c.getStatus().toCode())
                .containsExactly("active");
    }

    @Test
    void pagesFollowTheNextLinkWithoutRepeatsOrGaps() {
        TestPatient patient = patientWithTwoVersions();
        String planId = QuarkusTransaction.requiringNew()
                .call(() -> org.motus.therapist.plan.Plan.forPatient(patient.id())
                        .orElseThrow()
                        .id
                        .toString());
        Fixtures.publish(Tokens.TESS, planId).statusCode(200); // version 3 from the open draft

        List<String> seen = new ArrayList<>();
        Bundle page = bundle(Tokens.TESS, "CarePlan?patient=" + patient.id() + "&_count=2");
        int pages = 1;
        while (true) {
            matches(page, CarePlan.class).forEach(c -> seen.add(c.getTitle()));
            Bundle.BundleLinkComponent next = page.getLink("next");
            if (next == null) {
                break;
            }
            assertThat(next.getUrl()).contains("_count=2").contains("_cursor=");
            Response response = given().auth().oauth2(Tokens.TESS.token()).get(next.getUrl());
            response.then().statusCode(200);
            assertThat(FhirValidation.errors(response.asString())).isEmpty();
            page = (Bundle) FhirValidation.parse(response.asString());
            pages++;
        }
        assertThat(pages).isEqualTo(2);
        assertThat(seen).hasSize(3).doesNotHaveDuplicates();
        assertThat(seen.get(0)).endsWith("(version 1)");
        assertThat(seen.get(2)).endsWith("(version 3)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CarePlan:subject", "CarePlan:patient"})
    void includeSubjectAddsThePatientAsPatientServiceServesItToTheCaller(String include) {
        TestPatient patient = patientWithTwoVersions();
        Patient record = new Patient();
        record.setId(patient.id().toString());
        record.addName().setUse(HumanName.NameUse.OFFICIAL).setText("Pat Included");
        PatientServiceStub.server()
                .stubFor(get(urlPathEqualTo("/fhir/R4/Patient/" + patient.id()))
                        .atPriority(1)
                        .withHeader(
                                "Authorization",
                                com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                                        "Bearer " + Tokens.TESS.token()))
                        .willReturn(aResponse()
                                .withStatus(200)
                                .withHeader("Content-Type", "application/fhir+json;charset=UTF-8")
                                .withBody(ca.uhn.fhir.context.FhirContext.forR4Cached()
                                        .newJsonParser()
                                        .encodeResourceToString(record))));

        Bundle bundle = bundle(Tokens.TESS, "CarePlan?patient=" + patient.id() + "&_include=" + include);

        assertThat(matches(bundle, CarePlan.class)).hasSize(2);
        List<Bundle.BundleEntryComponent> included = bundle.getEntry().stream()
                .filter(e -> e.getSearch().getMode() == Bundle.SearchEntryMode.INCLUDE)
                .toList();
        assertThat(included).hasSize(1);
        assertThat(included.get(0).getResource()).isInstanceOf(Patient.class);
        assertThat(included.get(0).getResource().getIdElement().getIdPart())
                .isEqualTo(patient.id().toString());
        assertThat(included.get(0).getFullUrl()).endsWith("/fhir/R4/Patient/" + patient.id());
        assertThat(((Patient) included.get(0).getResource()).getNameFirstRep().getText())
                .isEqualTo("Pat Included");
    }

    @Test
    void aSubjectPatientServiceWillNotServeIsLeftOutWithAWarningAndThePlansStay() {
        TestPatient patient = patientWithTwoVersions(); // the stub serves no /fhir/R4/Patient: 404

        Bundle bundle = bundle(patient.person(), "CarePlan?patient=" + patient.id() + "&_include=CarePlan:subject");

        assertThat(matches(bundle, CarePlan.class)).hasSize(2);
        assertThat(bundle.getEntry())
                .filteredOn(e -> e.getSearch().getMode() == Bundle.SearchEntryMode.INCLUDE)
                .isEmpty();
        List<Bundle.BundleEntryComponent> outcomes = bundle.getEntry().stream()
                .filter(e -> e.getSearch().getMode() == Bundle.SearchEntryMode.OUTCOME)
                .toList();
        assertThat(outcomes).hasSize(1);
        OperationOutcome warning = (OperationOutcome) outcomes.get(0).getResource();
        assertThat(warning.getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.WARNING);
        assertThat(warning.getIssueFirstRep().getDiagnostics()).contains("Patient/" + patient.id());
    }

    @Test
    void aPatientWithoutAPlanHasAnEmptyBundle() {
        TestPatient patient = PatientServiceContract.patient(List.of("SCIATICA"), null, Tokens.TESS);

        Bundle bundle = bundle(Tokens.TESS, "CarePlan?patient=" + patient.id() + "&_include=CarePlan:subject");

        assertThat(bundle.getEntry()).isEmpty();
        assertThat(bundle.getLink("next")).isNull();
    }

    @Test
    void aDraftVersionAndAnUnknownIdAreNotFoundAndAudited() {
        TestPatient patient = patientWithTwoVersions();
        String draftId = QuarkusTransaction.requiringNew()
                .call(() -> PlanVersion.draft(org.motus.therapist.plan.Plan.forPatient(patient.id())
                                .orElseThrow()
                                .id)
                        .orElseThrow()
                        .id
                        .toString());
        Tokens.Person tess = Tokens.TESS;
        long before = QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.count("actorSubject = ?1 and action = ?2", tess.subject(), "PLAN_VERSION_READ"));

        for (String id : List.of(draftId, UUID.randomUUID().toString(), "not-a-uuid")) {
            Response response = fhir(tess, "CarePlan/" + id);
            response.then()
                    .statusCode(404)
                    .contentType(startsWith("application/fhir+json"))
                    .body("resourceType", equalTo("OperationOutcome"))
                    .body("issue[0].code", equalTo("not-found"));
            assertThat(FhirValidation.errors(response.asString())).isEmpty();
        }
        long after = QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.count("actorSubject = ?1 and action = ?2", tess.subject(), "PLAN_VERSION_READ"));
        assertThat(after - before).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CarePlan",
                "CarePlan?patient=",
                "CarePlan?patient=nobody",
                "CarePlan?patient={id}&patient={id}",
                "CarePlan?patient={id}&_count=0",
                "CarePlan?patient={id}&_count=ten",
                "CarePlan?patient={id}&_count=1.5",
                "CarePlan?patient={id}&status=finished",
                "CarePlan?patient={id}&status=",
                "CarePlan?patient={id}&status=http://snomed.info/sct|active",
                "CarePlan?patient={id}&date=yesterday",
                "CarePlan?patient={id}&date=2026-13-40",
                "CarePlan?patient={id}&date=ab2026-01-01",
                "CarePlan?patient={id}&_include=CarePlan:author",
                "CarePlan?patient={id}&_cursor=not-a-cursor",
                "PlanDefinition?_count=-1",
                "PlanDefinition?status=published",
                "PlanDefinition?title:fuzzy=low",
                "PlanDefinition?name=",
                "PlanDefinition?_cursor=AAAA"
            })
    void malformedParametersAre400OperationOutcomesNever500(String path) {
        TestPatient patient = PatientServiceContract.patient(List.of("LOW_BACK"), null, Tokens.TESS);

        Response response = fhir(Tokens.TESS, path.replace("{id}", patient.id().toString()));

        response.then()
                .statusCode(400)
                .contentType(startsWith("application/fhir+json"))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("invalid"));
        assertThat(FhirValidation.errors(response.asString())).isEmpty();
    }

    @Test
    void withoutATokenTheAnswerIsA401OperationOutcome() {
        Response response = given().get("/fhir/R4/CarePlan?patient=" + UUID.randomUUID());

        response.then()
                .statusCode(401)
                .contentType(startsWith("application/fhir+json"))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("login"));
        assertThat(FhirValidation.errors(response.asString())).isEmpty();
    }

    @Test
    void anAdminIsRefusedByRoleAsInTheRestApi() {
        Response response = fhir(Tokens.ADAM, "CarePlan?patient=" + UUID.randomUUID());

        response.then()
                .statusCode(403)
                .contentType(startsWith("application/fhir+json"))
                .body("issue[0].code", equalTo("forbidden"));
        assertThat(FhirValidation.errors(response.asString())).isEmpty();
    }
}
