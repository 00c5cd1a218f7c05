package org.motus.patient.openapi;

/** Example bodies for the OpenAPI document (one place, so they stay consistent). */
public final class Examples {

    private Examples() {}

    public static final String PATIENT_ID = "0a7e0000-0000-4000-8000-000000000002";
    public static final String THERAPIST_SUBJECT = "7e5a0c1e-0000-4000-8000-000000000001";
    public static final String SESSION_ID = "5e551011-0000-4000-8000-00000000000a";
    public static final String FLAG_ID = "f1a90000-0000-4000-8000-000000000001";
    public static final String IDEMPOTENCY_KEY = "c3f1b9e2-7d4a-4f0e-9b8a-2d6c1e5f7a90";

    public static final String PATIENT = """
            {"id":"0a7e0000-0000-4000-8000-000000000002","subject":"7e5a0c1e-0000-4000-8000-000000000002",
             "displayName":"Pat Patient","dateOfBirth":"1968-04-12","conditions":["LOW_BACK"],"baselinePain":6,
             "prescribedSessionsPerWeek":5,"goals":"Walk to the market without stopping.",
             "contact":{"preferredChannel":"EMAIL","email":"pat@example.org","phone":null},
             "activityCeiling":{"painCeiling":5,"default":false,"reason":"Resting baseline 6/10: 3/10 during activity is out of reach.",
                                "setBy":"7e5a0c1e-0000-4000-8000-000000000001","setAt":"2026-11-20T18:30:00Z"},
             "timeZone":"Europe/Berlin","timeZoneSetAt":"2026-10-01T09:00:00Z","language":"de","discharge":null,
             "createdAt":"2026-10-01T09:00:00Z","updatedAt":"2026-11-20T18:30:00Z"}""";
    public static final String NEW_PATIENT = """
            {"subject":"7e5a0c1e-0000-4000-8000-000000000002","displayName":"Pat Patient",
             "clinical":{"dateOfBirth":"1968-04-12","conditions":["LOW_BACK"],"baselinePain":6}}""";
    public static final String GOALS_AND_CONTACT = """
            {"goals":"Walk to the market without stopping.",
             "contact":{"preferredChannel":"EMAIL","email":"pat@example.org","phone":null}}""";
    public static final String CONTACT = """
            {"preferredChannel":"EMAIL","email":"pat@example.org","phone":"+49 30 1234567"}""";
    public static final String CLINICAL = """
            {"dateOfBirth":"1968-04-12","conditions":["LOW_BACK","SCIATICA"],"baselinePain":6}""";
    public static final String PRESCRIBED_FREQUENCY = """
            {"sessionsPerWeek":5}""";
    public static final String ACTIVITY_CEILING = """
            {"painCeiling":5,"reason":"Resting baseline 6/10: 3/10 during activity is out of reach."}""";
    public static final String TIME_ZONE = """
            {"timeZone":"Europe/Berlin"}""";

    public static final String DISCHARGE = """
            {"note":"Goals met: walks to the market without stopping. Home programme continues."}""";
    public static final String PATIENT_DETAILS = """
            {"displayName":"Pat Patient"}""";
    public static final String INVITATION_ID = "1a7e0000-0000-4000-8000-000000000001";
    public static final String INVITATION_REQUEST = """
            {"role":"PATIENT","email":"nina@example.org","firstName":"Nina","lastName":"Novak"}""";
    public static final String INVITATION = """
            {"id":"1a7e0000-0000-4000-8000-000000000001","role":"PATIENT","email":"nina@example.org",
             "subject":"7e5a0c1e-0000-4000-8000-000000000003","patientId":"0a7e0000-0000-4000-8000-000000000004",
             "invitedBy":"7e5a0c1e-0000-4000-8000-000000000001","invitedAt":"2026-11-26T09:00:00Z",
             "lastSentAt":"2026-11-26T09:00:00Z","expiresAt":"2026-11-29T09:00:00Z","sentCount":1,
             "acceptedAt":null,"status":"PENDING"}""";
    public static final String INVITATIONS = "[" + INVITATION + "]";
    public static final String TRANSFER = """
            {"fromTherapistSubject":"7e5a0c1e-0000-4000-8000-000000000001",
             "toTherapistSubject":"7e5a0c1e-0000-4000-8000-000000000005","note":"Tess is on leave from December; Theo takes over."}""";
    public static final String TRANSFER_VIEW = """
            {"id":"7a4f0000-0000-4000-8000-000000000001","patientId":"0a7e0000-0000-4000-8000-000000000002",
             "fromTherapistSubject":"7e5a0c1e-0000-4000-8000-000000000001",
             "toTherapistSubject":"7e5a0c1e-0000-4000-8000-000000000005","note":"Tess is on leave from December; Theo takes over.",
             "transferredBy":"7e5a0c1e-0000-4000-8000-000000000004","transferredAt":"2026-11-26T09:30:00Z"}""";
    public static final String STAFF_SUBJECT = "7e5a0c1e-0000-4000-8000-000000000005";
    public static final String ACCOUNT = """
            {"subject":"7e5a0c1e-0000-4000-8000-000000000005","email":"theo@example.org","firstName":"Theo",
             "lastName":"Therapist","enabled":false,"pendingActions":[],"roles":["THERAPIST"]}""";

    public static final String CARE_TEAM_MEMBER = """
            {"patientId":"0a7e0000-0000-4000-8000-000000000002","therapistSubject":"7e5a0c1e-0000-4000-8000-000000000001",
             "assignedAt":"2026-10-01T09:05:00Z"}""";
    public static final String CARE_TEAM = "[" + CARE_TEAM_MEMBER + "]";
    public static final String CASELOAD = """
            [{"patientId":"0a7e0000-0000-4000-8000-000000000002","displayName":"Pat Patient","conditions":["LOW_BACK"],
              "timeZone":"Europe/Berlin",
              "latestPain":{"pain":3,"kind":"DAILY","occurredAt":"2026-11-26T08:10:00Z"},
              "adherence":{"weekStart":"2026-11-23","sessionsThisWeek":2,"prescribedSessionsPerWeek":5,
                           "daysWithDataLast30":22,"reachesRemoteMonitoringThreshold":true},
              "openFlags":2,"severity":"URGENT",
              "reasons":["URGENT: red flag - chest pain, breathlessness, fainting or palpitations",
                         "ROUTINE: pain during or right after a session above the activity ceiling"],
              "redFlags":["CHEST_SYMPTOMS"],"oldestOpenFlagAt":"2026-11-25T08:52:00Z"}]""";

    public static final String CHECK_IN_REQUEST = """
            {"kind":"FOLLOW_UP","pain":3,"note":"Stiff but fine.","sessionId":"5e551011-0000-4000-8000-00000000000a",
             "occurredAt":"2026-11-26T10:55:00Z"}""";
    public static final String DAILY_CHECK_IN_REQUEST = """
            {"kind":"DAILY","pain":4,"redFlags":[]}""";
    public static final String RED_FLAG_CHECK_IN_REQUEST = """
            {"kind":"DAILY","pain":10,"note":"Numb between my legs since this morning.",
             "redFlags":["SADDLE_NUMBNESS_BLADDER_BOWEL"]}""";
    public static final String CHECK_IN = """
            {"id":"c0ffee00-0000-4000-8000-000000000001","patientId":"0a7e0000-0000-4000-8000-000000000002",
             "kind":"FOLLOW_UP","pain":3,"note":"Stiff but fine.","sessionId":"5e551011-0000-4000-8000-00000000000a",
             "occurredAt":"2026-11-26T10:55:00Z","recordedAt":"2026-11-26T10:55:02Z","redFlags":null,"late":false,
             "advice":[{"code":"REDUCE_INTENSITY","text":"Your pain during or right after the session reached 4/10, above your ceiling of 3/10. Next time make it lighter: less load, shorter holds or a shorter duration. Keep the same number of sessions."}]}""";
    public static final String RED_FLAG_CHECK_IN = """
            {"id":"c0ffee00-0000-4000-8000-000000000002","patientId":"0a7e0000-0000-4000-8000-000000000002",
             "kind":"DAILY","pain":10,"note":"Numb between my legs since this morning.","sessionId":null,
             "occurredAt":"2026-11-26T07:30:00Z","recordedAt":"2026-11-26T07:30:01Z",
             "redFlags":["SADDLE_NUMBNESS_BLADDER_BOWEL"],"late":null,
             "advice":[{"code":"CALL_EMERGENCY","text":"Stop the programme now and call the emergency number 112. Your answers can be a sign of a serious problem that needs care straight away. This app is not for emergencies."}]}""";
    public static final String TOO_EARLY_PROBLEM = """
            {"type":"urn:motus:problem:rule-violation","title":"Clinical rule violated","status":422,
             "detail":"The follow-up opens at 10:20 UTC (in 40 minutes): rate your pain between 1 h 30 min and 4 h after the session.",
             "windowOpensAt":"2026-11-26T10:20:00Z",
             "violations":[{"field":"occurredAt","message":"must not be before 2026-11-26T10:20:00Z"}]}""";
    public static final String CHECK_INS = "[" + CHECK_IN + "]";

    public static final String SESSION_REQUEST = """
            {"planId":"9a1a0000-0000-4000-8000-000000000001","planVersion":2,
             "startedAt":"2026-11-26T08:30:00Z","endedAt":"2026-11-26T08:50:00Z",
             "items":[{"planItemId":"9a1a0000-0000-4000-8000-0000000000a1","exerciseId":"0b6f1c1e-3f0a-4c1e-9d1a-000000000001","durationMinutes":20,
                       "targetZoneLowPercent":50,"targetZoneHighPercent":70},
                      {"planItemId":"9a1a0000-0000-4000-8000-0000000000a2","exerciseId":"0b6f1c1e-3f0a-4c1e-9d1a-000000000005","sets":2,"holdSeconds":45}],
             "averageHeartRateBpm":112,"peakHeartRateBpm":128,"painBefore":3,"painDuringPeak":4,"painAfter":4,
             "note":"Windy walk.","redFlags":[]}""";
    public static final String SESSION = """
            {"id":"5e551011-0000-4000-8000-00000000000a","patientId":"0a7e0000-0000-4000-8000-000000000002",
             "planId":"9a1a0000-0000-4000-8000-000000000001","planVersion":2,
             "startedAt":"2026-11-26T08:30:00Z","endedAt":"2026-11-26T08:50:00Z",
             "items":[{"position":1,"planItemId":"9a1a0000-0000-4000-8000-0000000000a1","exerciseId":"0b6f1c1e-3f0a-4c1e-9d1a-000000000001",
                       "sets":null,"reps":null,"loadKg":null,"holdSeconds":null,"durationMinutes":20,
                       "targetZoneLowPercent":50,"targetZoneHighPercent":70},
                      {"position":2,"planItemId":"9a1a0000-0000-4000-8000-0000000000a2","exerciseId":"0b6f1c1e-3f0a-4c1e-9d1a-000000000005",
                       "sets":2,"reps":null,"loadKg":null,"holdSeconds":45,"durationMinutes":null,
                       "targetZoneLowPercent":null,"targetZoneHighPercent":null}],
             "averageHeartRateBpm":112,"peakHeartRateBpm":128,"note":"Windy walk.","redFlags":[],
             "painBefore":3,"painDuringPeak":4,"painAfter":4,"painFollowUp":3,"followUpAt":"2026-11-26T10:55:00Z",
             "twoHourRule":"BACK_TO_BASELINE",
             "followUp":{"windowOpensAt":"2026-11-26T10:20:00Z","dueAt":"2026-11-26T10:50:00Z","windowClosesAt":"2026-11-26T12:50:00Z","late":false},
             "ceiling":"ABOVE","ceilingUsed":3,"worstActivityPain":4,
             "heartRate":{"outcome":"WITHIN","maxHeartRateBpm":167,"capBpm":null,"zoneHighBpm":117},
             "advice":[{"code":"REDUCE_INTENSITY","text":"Your pain during or right after the session reached 4/10, above your ceiling of 3/10. Next time make it lighter: less load, shorter holds or a shorter duration. Keep the same number of sessions."}],
             "recordedAt":"2026-11-26T08:52:00Z"}""";
    public static final String SESSIONS = "[" + SESSION + "]";
    public static final String FOLLOW_UPS = """
            [{"sessionId":"5e551011-0000-4000-8000-00000000000a","sessionEndedAt":"2026-11-26T08:50:00Z",
              "windowOpensAt":"2026-11-26T10:20:00Z","dueAt":"2026-11-26T10:50:00Z","windowClosesAt":"2026-11-26T12:50:00Z",
              "status":"OPEN"}]""";

    public static final String FLAG = """
            {"id":"f1a90000-0000-4000-8000-000000000001","patientId":"0a7e0000-0000-4000-8000-000000000002",
             "sessionId":"5e551011-0000-4000-8000-00000000000a","checkInId":null,"kind":"ACTIVITY_CEILING_EXCEEDED",
             "severity":"ROUTINE","detail":"Worst pain during or right after the session was 4/10, above this patient's activity ceiling of 3/10.",
             "redFlags":[],"raisedAt":"2026-11-26T08:52:00Z","open":true,"acknowledgedAt":null,"acknowledgedBy":null}""";
    public static final String RED_FLAG_FLAG = """
            {"id":"f1a90000-0000-4000-8000-000000000002","patientId":"0a7e0000-0000-4000-8000-000000000002",
             "sessionId":null,"checkInId":"c0ffee00-0000-4000-8000-000000000002","kind":"RED_FLAG","severity":"URGENT",
             "detail":"Red flag at a DAILY check-in: numbness between the legs or new bladder or bowel trouble.",
             "redFlags":["SADDLE_NUMBNESS_BLADDER_BOWEL"],"raisedAt":"2026-11-26T07:30:01Z","open":true,
             "acknowledgedAt":null,"acknowledgedBy":null}""";
    public static final String FLAGS = "[" + RED_FLAG_FLAG + "," + FLAG + "]";
    public static final String ACKNOWLEDGED_FLAG = """
            {"id":"f1a90000-0000-4000-8000-000000000001","patientId":"0a7e0000-0000-4000-8000-000000000002",
             "sessionId":"5e551011-0000-4000-8000-00000000000a","checkInId":null,"kind":"ACTIVITY_CEILING_EXCEEDED",
             "severity":"ROUTINE","detail":"Worst pain during or right after the session was 4/10, above this patient's activity ceiling of 3/10.",
             "redFlags":[],"raisedAt":"2026-11-26T08:52:00Z","open":false,"acknowledgedAt":"2026-11-26T12:00:00Z","acknowledgedBy":"7e5a0c1e-0000-4000-8000-000000000001"}""";

    public static final String ADHERENCE = """
            {"patientId":"0a7e0000-0000-4000-8000-000000000002","zone":"Europe/Berlin","prescribedSessionsPerWeek":5,
             "weeks":[{"weekStart":"2026-11-16","sessions":5,"prescribed":5,"percent":100,"met":true},
                      {"weekStart":"2026-11-23","sessions":2,"prescribed":5,"percent":40,"met":false}],
             "last30Days":{"from":"2026-10-28","to":"2026-11-26","daysWithData":22,"thresholdDays":16,"reachesThreshold":true}}""";
    public static final String PROGRESS = """
            {"patientId":"0a7e0000-0000-4000-8000-000000000002","zone":"Europe/Berlin","baselinePain":6,
             "programmeStart":"2026-10-26",
             "weeks":[{"weekStart":"2026-10-26","weekNumber":1,"readings":9,"meanPain":6.1,"reductionPercent":-1.9,"course":"TOO_EARLY"},
                      {"weekStart":"2026-11-02","weekNumber":2,"readings":8,"meanPain":5.4,"reductionPercent":10.4,"course":"ON_TRACK"},
                      {"weekStart":"2026-11-09","weekNumber":3,"readings":0,"meanPain":null,"reductionPercent":null,"course":"NO_DATA"}],
             "expectedCourse":{"firstImprovementFromWeek":2,"firstImprovementByWeek":4,"targetFromWeek":6,"targetByWeek":8,
                               "targetReductionLowPercent":50,"targetReductionHighPercent":75}}""";

    public static final String AUDIT_EVENTS = """
            [{"id":"a0d17000-0000-4000-8000-000000000001","occurredAt":"2026-11-26T11:05:02Z",
              "actorSubject":"7e5a0c1e-0000-4000-8000-000000000002","actorRoles":"patient","action":"RECORD_CHECK_IN",
              "patientId":"0a7e0000-0000-4000-8000-000000000002","outcome":"SUCCESS","detail":null},
             {"id":"a0d17000-0000-4000-8000-000000000002","occurredAt":"2026-11-26T11:07:40Z",
              "actorSubject":"7e5a0c1e-0000-4000-8000-000000000003","actorRoles":"patient","action":"READ_CHECK_INS",
              "patientId":"0a7e0000-0000-4000-8000-000000000002","outcome":"DENIED","detail":"outside the caller's reach"}]""";
}
