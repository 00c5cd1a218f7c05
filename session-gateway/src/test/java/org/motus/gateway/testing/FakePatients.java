package org.motus.gateway.testing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * patient-service's answers as the gateway's visits rely on them (patient-service's README), for the
 * people a test registers: {@code GET /api/v1/patients/me} gives a patient their own record, and
 * {@code GET /api/v1/patients/{id}} is 200 for the patient or a treating therapist, 403 for an admin
 * who does not treat them (no clinical record for admins, ADR 0030), 404 for anyone else. The caller is read from the bearer token's {@code sub} and realm roles, as the
 * real service does (without checking the signature: the gateway's own login did). Requests from
 * people nobody registered get the fake service's default echo, so other tests are unaffected.
 * The bodies come from {@code src/test/resources/contract/patient-service.json}, which
 * patient-service's build replays against the real service, so the fake cannot drift from it.
 */
public final class FakePatients {

    private record Patient(UUID id, String subject, String displayName) {}

    /** The samples patient-service's build verifies (its ConsumerContractTest); the answers below are built from them. */
    private static final JsonObject SAMPLES = load();

    private static final Pattern BY_ID = Pattern.compile("^/api/v1/patients/([0-9a-fA-F-]{36})$");
    private static final Pattern CONSENTS = Pattern.compile("^/api/v1/patients/([0-9a-fA-F-]{36})/consents$");
    private static final Pattern CARE_TEAM = Pattern.compile("^/api/v1/patients/([0-9a-fA-F-]{36})/care-team$");
    /** Patients whose consent to telehealth is not in force (declined, withdrawn); everyone else has given it. */
    private static final Set<UUID> WITHOUT_TELEHEALTH = ConcurrentHashMap.newKeySet();

    private static final Map<String, Patient> BY_SUBJECT = new ConcurrentHashMap<>();
    private static final Map<UUID, Patient> BY_ID_MAP = new ConcurrentHashMap<>();
    private static final Map<String, Set<UUID>> CASELOADS = new ConcurrentHashMap<>();
    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();
    private static final Map<String, java.util.concurrent.atomic.AtomicInteger> ME_CALLS = new ConcurrentHashMap<>();
    private static final Pattern VISIT_REMINDERS =
            Pattern.compile("^/api/v1/notifications/visit-reminders/([0-9a-fA-F-]{36})$");
    private static final Map<UUID, List<String>> REMINDER_CALLS = new ConcurrentHashMap<>();
    private static volatile boolean remindersDown;

    /** What patient-service was asked about a visit's reminders, in order: "PUT <startsAt>", "DELETE", "503 PUT"... */
    public static List<String> reminderCalls(UUID visitId) {
        return List.copyOf(REMINDER_CALLS.getOrDefault(visitId, List.of()));
    }

    /** While down, the visit-reminder endpoints answer 503 (a restart, a deployment). */
    public static void remindersDown(boolean down) {
        remindersDown = down;
    }

    private FakePatients() {}

    /** A patient's record; returns its patient-service id. */
    public static UUID patient(Person person) {
        Patient patient = BY_SUBJECT.computeIfAbsent(
                person.subject(), subject -> new Patient(UUID.randomUUID(), subject, person.name()));
        BY_ID_MAP.put(patient.id(), patient);
        KNOWN.add(person.subject());
        return patient.id();
    }

    /** The patient withdraws (true) or gives again (false) their consent to telehealth. */
    public static void withoutTelehealthConsent(UUID patientId, boolean without) {
        if (without) {
            WITHOUT_TELEHEALTH.add(patientId);
        } else {
            WITHOUT_TELEHEALTH.remove(patientId);
        }
    }

    /** The therapist treats the patient (care team). */
    public static void treats(Person therapist, UUID patientId) {
        KNOWN.add(therapist.subject());
        CASELOADS
                .computeIfAbsent(therapist.subject(), s -> ConcurrentHashMap.newKeySet())
                .add(patientId);
    }

    /** The therapist no longer treats the patient. */
    public static void stopsTreating(Person therapist, UUID patientId) {
        CASELOADS.getOrDefault(therapist.subject(), Set.of()).remove(patientId);
    }

    /** Someone patient-service knows but who treats nobody (a stranger therapist, an admin). */
    public static void known(Person person) {
        KNOWN.add(person.subject());
    }

    /** How often {@code GET /api/v1/patients/me} was asked for this person. */
    public static int meCalls(Person person) {
        java.util.concurrent.atomic.AtomicInteger calls = ME_CALLS.get(person.subject());
        return calls == null ? 0 : calls.get();
    }

    public static FakeService.Answer answer(FakeService.Received request) {
        Matcher reminders = VISIT_REMINDERS.matcher(request.uri().split("\\?")[0]);
        if (reminders.matches()) {
            return visitReminders(UUID.fromString(reminders.group(1)), request);
        }
        String authorization = request.header("Authorization");
        if (!"GET".equals(request.method()) || authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        JsonObject claims = claims(authorization.substring("Bearer ".length()));
        String subject = claims.getString("sub");
        if (subject == null || !KNOWN.contains(subject)) {
            return null;
        }
        Set<String> roles = Set.copyOf(claims.getJsonObject("realm_access", new JsonObject())
                .getJsonArray("roles", new JsonArray())
                .getList());
        String path = request.uri().split("\\?")[0];
        if (path.equals("/api/v1/patients/me")) {
            ME_CALLS.computeIfAbsent(subject, s -> new java.util.concurrent.atomic.AtomicInteger())
                    .incrementAndGet();
            Patient own = BY_SUBJECT.get(subject);
            return own != null && roles.contains("patient") ? ok(own) : notFound();
        }
        Matcher consents = CONSENTS.matcher(path);
        if (consents.matches()) {
            Patient patient = BY_ID_MAP.get(UUID.fromString(consents.group(1)));
            if (patient == null) {
                return notFound();
            }
            boolean self = roles.contains("patient") && patient.subject().equals(subject);
            boolean treating = roles.contains("therapist")
                    && CASELOADS.getOrDefault(subject, Set.of()).contains(patient.id());
            if (!self && !treating) {
                return roles.contains("admin") ? forbidden() : notFound();
            }
            JsonObject answer = sample("consents.pat");
            answer.getJsonArray("consents").getJsonObject(0).put("granted", !WITHOUT_TELEHEALTH.contains(patient.id()));
            return new FakeService.Answer(200, answer.encode());
        }
        Matcher careTeam = CARE_TEAM.matcher(path);
        if (careTeam.matches()) {
            Patient patient = BY_ID_MAP.get(UUID.fromString(careTeam.group(1)));
            if (patient == null
                    || !roles.contains("patient")
                    || !patient.subject().equals(subject)) {
                return notFound();
            }
            JsonObject member =
                    SAMPLES.getJsonArray("careTeam.pat").getJsonObject(0).copy();
            JsonArray team = new JsonArray();
            CASELOADS.forEach((therapist, patients) -> {
                if (patients.contains(patient.id())) {
                    team.add(member.copy()
                            .put("patientId", patient.id().toString())
                            .put("therapistSubject", therapist));
                }
            });
            return new FakeService.Answer(200, team.encode());
        }
        Matcher byId = BY_ID.matcher(path);
        if (byId.matches()) {
            Patient patient = BY_ID_MAP.get(UUID.fromString(byId.group(1)));
            if (patient == null) {
                return notFound();
            }
            boolean self = roles.contains("patient") && patient.subject().equals(subject);
            boolean treating = roles.contains("therapist")
                    && CASELOADS.getOrDefault(subject, Set.of()).contains(patient.id());
            if (self || treating) {
                return ok(patient);
            }
            return roles.contains("admin") ? forbidden() : notFound();
        }
        return null;
    }

    /**
     * The visit-reminder endpoints as the contract's samples describe them: only the notifier service
     * account (realm role notifier, a token of the client motus-notifier) may call them, anyone else 403.
     */
    private static FakeService.Answer visitReminders(UUID visitId, FakeService.Received request) {
        List<String> calls = REMINDER_CALLS.computeIfAbsent(visitId, id -> new CopyOnWriteArrayList<>());
        if (remindersDown) {
            calls.add("503 " + request.method());
            return new FakeService.Answer(503, "");
        }
        String authorization = request.header("Authorization");
        JsonObject claims = authorization == null || !authorization.startsWith("Bearer ")
                ? new JsonObject()
                : claims(authorization.substring("Bearer ".length()));
        boolean notifier = "motus-notifier".equals(claims.getString("azp"))
                && claims.getJsonObject("realm_access", new JsonObject())
                        .getJsonArray("roles", new JsonArray())
                        .contains("notifier");
        if (!notifier) {
            calls.add("403 " + request.method());
            return forbidden();
        }
        if ("DELETE".equals(request.method())) {
            calls.add("DELETE");
            return new FakeService.Answer(204, "");
        }
        JsonObject body = new JsonObject(request.body());
        UUID patientId = UUID.fromString(body.getString("patientId"));
        if (!BY_ID_MAP.containsKey(patientId)) {
            calls.add("404 PUT");
            return notFound();
        }
        Instant startsAt = Instant.parse(body.getString("startsAt"));
        calls.add("PUT " + startsAt);
        JsonObject answer = sample("visitReminders.scheduled")
                .put("visitId", visitId.toString())
                .put("patientId", patientId.toString())
                .put("startsAt", startsAt.toString());
        JsonArray planned = answer.getJsonArray("reminders");
        planned.getJsonObject(0).put("dueAt", startsAt.minus(Duration.ofDays(1)).toString());
        planned.getJsonObject(1)
                .put("dueAt", startsAt.minus(Duration.ofMinutes(15)).toString());
        return new FakeService.Answer(200, answer.encode());
    }

    private static FakeService.Answer ok(Patient patient) {
        return new FakeService.Answer(
                200,
                sample("patient.pat")
                        .put("id", patient.id().toString())
                        .put("subject", patient.subject())
                        .put("displayName", patient.displayName())
                        .encode());
    }

    private static FakeService.Answer forbidden() {
        return new FakeService.Answer(403, sample("problem.forbidden").encode());
    }

    private static FakeService.Answer notFound() {
        return new FakeService.Answer(404, sample("problem.notFound").encode());
    }

    /** A copy of a named sample of {@code contract/patient-service.json}. */
    static JsonObject sample(String name) {
        JsonObject sample = SAMPLES.getJsonObject(name);
        if (sample == null) {
            throw new IllegalArgumentException("no sample " + name);
        }
        return sample.copy();
    }

    private static JsonObject load() {
        try (InputStream in = FakePatients.class.getResourceAsStream("/contract/patient-service.json")) {
            if (in == null) {
                throw new IllegalStateException("no contract/patient-service.json on the test class path");
            }
            return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the patient-service contract samples", e);
        }
    }

    private static JsonObject claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return new JsonObject();
        }
        return new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }
}
