package org.motus.gateway.openapi;

/**
 * OpenAPI examples of the gateway's own answers and request bodies, in one place (shapes as the API
 * answers them; the OpenAPI test checks every example of a successful answer against its schema).
 * Standard problem answers (400, 401, 403, 404, 405) come from problem-details' ProblemResponsesFilter.
 */
public final class Examples {

    private Examples() {}

    public static final String ME = """
            {"subject":"f1b2c3d4-0000-4000-8000-000000000001","username":"pat","name":"Pat Patient",
             "email":"pat@example.org","roles":["patient"]}""";

    public static final String SCHEDULE_VISIT = """
            {"patientId":"0b6f1c1e-3f0a-4c1e-9d1a-000000000001","start":"2026-12-01T09:00:00Z","durationMinutes":30,
             "reason":"Follow-up: how the new exercises went"}""";

    public static final String RESCHEDULE_VISIT = """
            {"start":"2026-12-02T10:30:00Z","durationMinutes":30,"reason":"A clinic meeting moved to Tuesday morning"}""";

    public static final String VISIT = """
            {"id":"0b6f1c1e-3f0a-4c1e-9d1a-000000000008","therapistName":"Tess Therapist",
             "therapistSubject":"2c3b0d8e-6a57-4f4e-9f35-5d1f3c1b7a10","patientId":"0b6f1c1e-3f0a-4c1e-9d1a-000000000001","patientName":"Pat Patient",
             "start":"2026-12-01T09:00:00Z","durationMinutes":30,"end":"2026-12-01T09:30:00Z",
             "reason":"Follow-up: how the new exercises went","status":"SCHEDULED","yourRole":"patient",
             "joinableFrom":"2026-12-01T08:50:00Z","joinableUntil":"2026-12-01T09:30:00Z","joinableNow":false,
             "cancelledAt":null,"cancelledBy":null,"cancelReason":null,"requestedBy":null,
             "movedBy":null,"moveReason":null}""";

    public static final String VISIT_CANCELLED = """
            {"id":"0b6f1c1e-3f0a-4c1e-9d1a-000000000008","therapistName":"Tess Therapist",
             "therapistSubject":"2c3b0d8e-6a57-4f4e-9f35-5d1f3c1b7a10","patientId":"0b6f1c1e-3f0a-4c1e-9d1a-000000000001","patientName":"Pat Patient",
             "start":"2026-12-01T09:00:00Z","durationMinutes":30,"end":"2026-12-01T09:30:00Z",
             "reason":"Follow-up: how the new exercises went","status":"CANCELLED","yourRole":"patient",
             "joinableFrom":"2026-12-01T08:50:00Z","joinableUntil":"2026-12-01T09:30:00Z","joinableNow":false,
             "cancelledAt":"2026-11-30T17:12:00Z","cancelledBy":"patient",
             "cancelReason":"I am ill that day; sorry for the short notice","requestedBy":null,
             "movedBy":null,"moveReason":null}""";

    public static final String VISIT_REQUESTED = """
            {"id":"0b6f1c1e-3f0a-4c1e-9d1a-000000000009","therapistName":"Tess Therapist",
             "therapistSubject":"2c3b0d8e-6a57-4f4e-9f35-5d1f3c1b7a10","patientId":"0b6f1c1e-3f0a-4c1e-9d1a-000000000001","patientName":"Pat Patient",
             "start":"2026-12-08T09:00:00Z","durationMinutes":30,"end":"2026-12-08T09:30:00Z",
             "reason":"My knee hurts more after the new exercises","status":"REQUESTED","yourRole":"patient",
             "joinableFrom":"2026-12-08T08:50:00Z","joinableUntil":"2026-12-08T09:30:00Z","joinableNow":false,
             "cancelledAt":null,"cancelledBy":null,"cancelReason":null,"requestedBy":"patient",
             "movedBy":null,"moveReason":null}""";

    public static final String REQUEST_VISIT = """
            {"therapistSubject":"2c3b0d8e-6a57-4f4e-9f35-5d1f3c1b7a10","start":"2026-12-08T09:00:00Z",
             "reason":"My knee hurts more after the new exercises"}""";

    public static final String CHANGE_REASON = """
            {"reason":"I am ill that day; sorry for the short notice"}""";

    public static final String WEEKLY_HOURS = """
            {"timeZone":"Europe/Berlin","windows":[
              {"day":"MONDAY","from":"09:00","to":"12:00"},{"day":"THURSDAY","from":"14:00","to":"17:30"}]}""";

    public static final String WEEKLY_HOURS_VIEW = """
            {"timeZone":"Europe/Berlin","windows":[
              {"day":"MONDAY","from":"09:00","to":"12:00"},{"day":"THURSDAY","from":"14:00","to":"17:30"}],
             "visitLengthMinutes":30,"bufferMinutes":10,"updatedAt":"2026-12-01T08:00:00Z"}""";

    public static final String OPEN_SLOTS = """
            {"visitLengthMinutes":30,"therapists":[
              {"therapistSubject":"2c3b0d8e-6a57-4f4e-9f35-5d1f3c1b7a10","therapistName":"Tess Therapist",
               "timeZone":"Europe/Berlin","slots":["2026-12-07T08:00:00Z","2026-12-07T08:40:00Z"]}]}""";

    public static final String PROBLEM_SLOT_TAKEN = """
            {"type":"urn:motus:problem:conflict","title":"Conflict","status":409,
             "detail":"That time is not free (any more); pick one of the free times offered now."}""";

    public static final String PROBLEM_HOURS_OVERLAP = """
            {"type":"urn:motus:problem:validation","title":"Invalid request","status":400,
             "detail":"On Monday the hours 09:00-12:00 and 11:00-13:00 overlap."}""";

    public static final String VISIT_LIST = "{\"upcoming\":[" + VISIT + "],\"past\":[]}";

    public static final String VISIT_RECORD = """
            {"visitId":"0b6f1c1e-3f0a-4c1e-9d1a-000000000008","status":"ENDED",
             "actualStart":"2026-12-01T09:01:10Z","actualEnd":"2026-12-01T09:27:40Z","durationSeconds":1590,
             "attendance":[
               {"role":"patient","joinedAt":"2026-12-01T08:55:02Z","leftAt":"2026-12-01T09:27:41Z","reconnect":false},
               {"role":"therapist","joinedAt":"2026-12-01T09:01:05Z","leftAt":null,"reconnect":false}],
             "reconnects":{"therapist":0,"patient":0}}""";

    public static final String VISIT_NOTE = """
            {"text":"Knee pain 3/10 after the squats; keep the plan, add the calf stretch.",
             "updatedAt":"2026-12-01T09:35:00Z"}""";

    public static final String VISIT_NOTE_WRITE = """
            {"text":"Knee pain 3/10 after the squats; keep the plan, add the calf stretch."}""";

    public static final String ICE_SERVERS = """
            {"iceServers":[{"urls":["stun:turn.example.org:3478"]},
               {"urls":["turn:turn.example.org:3478?transport=udp"],"username":"1764583200:f1b2c3d4",
                "credential":"k7Hx1o1P6m3ZbQ2xQm1b0r2J5uE="}],
             "ttlSeconds":3600,"expiresAt":"2026-12-01T10:00:00Z"}""";

    public static final String ICE_SERVERS_NONE = """
            {"iceServers":[],"ttlSeconds":null,"expiresAt":null}""";

    public static final String AUDIT_PAGE = """
            {"items":[{"id":"0b6f1c1e-3f0a-4c1e-9d1a-00000000000a","occurredAt":"2026-12-01T09:35:00Z",
              "actorSubject":"f1b2c3d4-0000-4000-8000-000000000002","actorRoles":"therapist","action":"VISIT_NOTE_WRITE",
              "visitId":"0b6f1c1e-3f0a-4c1e-9d1a-000000000008","patientId":"0b6f1c1e-3f0a-4c1e-9d1a-000000000001",
              "outcome":"SUCCESS","detail":null},
             {"id":"0b6f1c1e-3f0a-4c1e-9d1a-00000000000b","occurredAt":"2026-12-01T09:40:00Z",
              "actorSubject":"f1b2c3d4-0000-4000-8000-000000000003","actorRoles":"therapist","action":"VISIT_READ",
              "visitId":"0b6f1c1e-3f0a-4c1e-9d1a-000000000008","patientId":"0b6f1c1e-3f0a-4c1e-9d1a-000000000001",
              "outcome":"DENIED","detail":null}],
             "next":null}""";

    public static final String PROBLEM_NOT_CANCELLABLE = """
            {"type":"urn:motus:problem:conflict","title":"Conflict","status":409,
             "detail":"This visit has already started, ended or been cancelled."}""";

    public static final String PROBLEM_NOT_MOVABLE = """
            {"type":"urn:motus:problem:conflict","title":"Conflict","status":409,
             "detail":"The patient is already in the waiting room; cancel the visit instead."}""";

    public static final String PROBLEM_NOT_IN_PROGRESS = """
            {"type":"urn:motus:problem:conflict","title":"Conflict","status":409,
             "detail":"Only a visit in progress can be ended."}""";
}
