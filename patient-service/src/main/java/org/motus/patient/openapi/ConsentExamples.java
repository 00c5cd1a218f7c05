package org.motus.patient.openapi;

/** OpenAPI examples of the first sign-in's endpoints: consents and contact preferences. */
public final class ConsentExamples {

    private ConsentExamples() {}

    public static final String TEXTS = """
            [{"kind":"TELEHEALTH","version":"2026-12-01","text":"Consent to telehealth\\n\\nMotus lets you see your physical therapist by video...",
              "sha256":"38bf654007214565c8a31520355ee4e7dd14f98d7f4fcac0a8fface2d1e41364"},
             {"kind":"REMOTE_MONITORING","version":"2026-12-01","text":"Consent to remote monitoring\\n\\nBetween visits, Motus asks you...",
              "sha256":"5c56999ec95ebb92eed06901ecb2aaac09e0a8fdfc267b6b8b91cd39ddff2cf1"}]""";

    public static final String DECISION = """
            {"kind":"TELEHEALTH","textVersion":"2026-12-01","accepted":true}""";

    public static final String CONSENTS = """
            {"consents":[
               {"kind":"TELEHEALTH","currentVersion":"2026-12-01","decision":"ACCEPTED","decidedVersion":"2026-12-01",
                "decidedAt":"2026-12-02T08:15:00Z","granted":true,"decisionNeeded":false},
               {"kind":"REMOTE_MONITORING","currentVersion":"2026-12-01","decision":null,"decidedVersion":null,
                "decidedAt":null,"granted":false,"decisionNeeded":true}],
             "decisionNeeded":true,
             "history":[{"id":"c0a5e000-0000-4000-8000-000000000001","kind":"TELEHEALTH","textVersion":"2026-12-01",
                "textSha256":"38bf654007214565c8a31520355ee4e7dd14f98d7f4fcac0a8fface2d1e41364","decision":"ACCEPTED",
                "decidedAt":"2026-12-02T08:15:00Z","client":"Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0"}]}""";

    public static final String CONTACT_PREFERENCES_REQUEST = """
            {"followUpReminders":{"inApp":true,"email":false,"webPush":true},
             "programmeDayReminders":{"inApp":true,"email":false,"webPush":false},
             "programmeDayReminderTime":"18:30",
             "visitReminders":{"inApp":true,"email":true,"webPush":false},
             "messageNotices":{"inApp":true,"email":true,"webPush":false},
             "quietHours":{"start":"22:00","end":"07:00"}}""";

    public static final String CONTACT_PREFERENCES = """
            {"followUpReminders":{"inApp":true,"email":false,"webPush":true},
             "programmeDayReminders":{"inApp":true,"email":false,"webPush":false},
             "programmeDayReminderTime":"18:30",
             "visitReminders":{"inApp":true,"email":true,"webPush":false},
             "messageNotices":{"inApp":true,"email":true,"webPush":false},
             "quietHours":{"start":"22:00","end":"07:00"},
             "updatedAt":"2026-12-02T08:16:00Z"}""";
}
