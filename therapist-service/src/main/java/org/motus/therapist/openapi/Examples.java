package org.motus.therapist.openapi;

/** OpenAPI examples for every endpoint, in one place (shapes as the API answers them). */
public final class Examples {

    private Examples() {}

    private static final String DOSAGE_STRETCH = """
            {"sets":2,"holdSeconds":30,"sessionsPerDay":1,"daysPerWeek":7,"restSeconds":15}""";

    public static final String EXERCISE = """
            {"id":"0b6f1c1e-3f0a-4c1e-9d1a-000000000005","slug":"hamstring-stretch","name":"Hamstring stretch","pillar":"STRETCHING","kind":null,
             "regions":["low-back","hamstrings"],
             "instructions":["Lie on your back and loop a towel around one foot.","Straighten that leg toward the ceiling until you feel a gentle pull behind the thigh.","Hold still for 30 to 60 seconds, breathing slowly; do not bounce."],
             "commonMistakes":["Bouncing at the end of the stretch.","Pulling so hard that it hurts."],
             "contraindications":["Sharp or shooting pain down the leg: stop and use the nerve glide instead."],
             "contraindicatedConditions":["SCIATICA"],
             "defaultDosage":""" + DOSAGE_STRETCH + """
            ,
             "demonstration":{"illustrationUrl":"/api/v1/illustrations/supine-leg.svg","mediaUrl":null,"upload":null},"builtIn":true,"madeBy":null}""";

    public static final String EXERCISE_LIST = "[" + EXERCISE + "]";

    public static final String EXERCISE_DRAFT = """
            {"slug":"towel-calf-stretch","name":"Seated towel calf stretch","pillar":"STRETCHING","regions":["calf","knee"],
             "instructions":["Sit with one leg straight and a towel around the ball of the foot.","Pull the towel gently toward you until you feel the calf stretch.","Hold 30 seconds, breathing slowly."],
             "commonMistakes":["Bending the knee."],"contraindications":["Recent Achilles tendon injury.","Knee osteoarthritis that flares when the knee is held straight."],
             "contraindicatedConditions":["KNEE_OA"],
             "defaultDosage":{"sets":2,"holdSeconds":30,"daysPerWeek":7},"illustration":"calf-stretch"}""";

    public static final String EXERCISE_CLINIC = """
            {"id":"5a4e9b8e-6f1e-4e55-9a51-1f0c2d3e4b5a","slug":"towel-calf-stretch","name":"Seated towel calf stretch","pillar":"STRETCHING","kind":null,
             "regions":["calf","knee"],"instructions":["Sit with one leg straight and a towel around the ball of the foot."],
             "commonMistakes":["Bending the knee."],"contraindications":["Recent Achilles tendon injury.","Knee osteoarthritis that flares when the knee is held straight."],
             "contraindicatedConditions":["KNEE_OA"],
             "defaultDosage":{"sets":2,"holdSeconds":30,"sessionsPerDay":1,"daysPerWeek":7},
             "demonstration":{"illustrationUrl":"/api/v1/illustrations/calf-stretch.svg","mediaUrl":null,
               "upload":{"url":"/api/v1/exercises/5a4e9b8e-6f1e-4e55-9a51-1f0c2d3e4b5a/media","contentType":"video/mp4","sizeBytes":1843200}},
             "builtIn":false,"madeBy":"Tess Therapist"}""";

    public static final String PROTOCOL = """
            {"id":"0c7a2d2f-4b1b-4d2f-8e2b-000000000002","slug":"neck-shoulder-office","name":"Neck and shoulder (office worker)",
             "conditions":["NECK_SHOULDER"],"summary":"Two-minute resistance-band sessions during the working day, chest and upper-back stretches, posture breaks.",
             "evidence":"clinical-rules.md \\"Condition protocols\\" and rule 7: 2-minute band sessions gave near-equal relief to 12-minute routines.",
             "clinicTemplate":false,"madeBy":null,
             "items":[{"position":1,"section":"2-minute band sessions","exerciseId":"0b6f1c1e-3f0a-4c1e-9d1a-000000000019","exerciseSlug":"band-lateral-raise",
               "exerciseName":"Band lateral raise","pillar":"EXERCISE","kind":"STRENGTH",
               "dosage":{"sets":2,"reps":10,"durationMinutes":2,"sessionsPerDay":3,"daysPerWeek":5,"restSeconds":15},
               "notes":"Three short sessions spread over the working day.","illustrationUrl":"/api/v1/illustrations/band-raise.svg"}]}""";

    public static final String PROTOCOL_LIST = "[" + PROTOCOL + "]";

    public static final String SAVE_TEMPLATE = """
            {"name":"Desk workers, week 1","summary":"Our usual start for desk workers with neck pain.",
             "planId":"7d2c8e1a-3b4f-4a6d-9e0c-2f1b5a8c7d64"}""";

    public static final String TEMPLATE = """
            {"id":"0c7a2d2f-4b1b-4d2f-8e2b-7a1c3e5f9b20","slug":"clinic-desk-workers-week-1-7a1c3e5f","name":"Desk workers, week 1",
             "conditions":[],"summary":"Our usual start for desk workers with neck pain.",
             "evidence":"A template of the clinic, saved from a plan by Tess Therapist.",
             "clinicTemplate":true,"madeBy":"Tess Therapist",
             "items":[{"position":1,"section":"2-minute band sessions","exerciseId":"0b6f1c1e-3f0a-4c1e-9d1a-000000000019","exerciseSlug":"band-lateral-raise",
               "exerciseName":"Band lateral raise","pillar":"EXERCISE","kind":"STRENGTH",
               "dosage":{"sets":2,"reps":10,"durationMinutes":2,"sessionsPerDay":3,"daysPerWeek":5,"restSeconds":15},
               "notes":null,"illustrationUrl":"/api/v1/illustrations/band-raise.svg"}]}""";

    public static final String COPY_PLAN = """
            {"patientId":"3f1c2a4e-8a51-4c53-9a43-5b0a2f3c9d10","title":"Home programme","copyFromPlanId":"7d2c8e1a-3b4f-4a6d-9e0c-2f1b5a8c7d64"}""";

    public static final String CREATE_PLAN = """
            {"patientId":"3f1c2a4e-8a51-4c53-9a43-5b0a2f3c9d10","title":"Back on track","protocolId":"0c7a2d2f-4b1b-4d2f-8e2b-000000000001"}""";

    public static final String DRAFT = """
            {"changeNote":"Longer hamstring hold",
             "items":[{"exerciseId":"0b6f1c1e-3f0a-4c1e-9d1a-000000000005","section":"Daily 15-minute core routine",
                       "dosage":{"sets":2,"holdSeconds":45,"durationMinutes":3,"daysPerWeek":7},"notes":"Each leg."},
                      {"exerciseId":"0b6f1c1e-3f0a-4c1e-9d1a-000000000001","section":"Walking",
                       "dosage":{"durationMinutes":30,"daysPerWeek":5,"targetZoneLowPercent":65,"targetZoneHighPercent":75}}]}""";

    private static final String ITEMS = """
            [{"id":"9d0f6a52-1c1b-4b7e-8d55-0b7f3f6c2a11","position":1,"section":"Daily 15-minute core routine",
              "exerciseId":"0b6f1c1e-3f0a-4c1e-9d1a-000000000005","exerciseSlug":"hamstring-stretch","exerciseName":"Hamstring stretch",
              "pillar":"STRETCHING","dosage":{"sets":2,"holdSeconds":25,"durationMinutes":3,"sessionsPerDay":1,"daysPerWeek":7},
              "notes":"Each leg.","illustrationUrl":"/api/v1/illustrations/supine-leg.svg"},
             {"id":"4b3c1d7e-2a0f-4c61-9e1a-7c5d4e3f2a10","position":2,"section":"Walking",
              "exerciseId":"0b6f1c1e-3f0a-4c1e-9d1a-000000000001","exerciseSlug":"brisk-walk","exerciseName":"Brisk walk",
              "pillar":"EXERCISE","kind":"AEROBIC",
              "dosage":{"durationMinutes":30,"sessionsPerDay":1,"daysPerWeek":5,"targetZoneLowPercent":65,"targetZoneHighPercent":75},
              "targetHeartRateBpm":{"low":105,"high":121},"illustrationUrl":"/api/v1/illustrations/walking.svg"}]""";

    public static final String PLAN_VERSION_DRAFT = """
            {"planId":"7c9e6679-7425-40de-944b-e07fc1f90ae7","patientId":"3f1c2a4e-8a51-4c53-9a43-5b0a2f3c9d10","title":"Back on track",
             "version":2,"status":"DRAFT","active":false,"changeNote":"Longer hamstring hold","createdAt":"2026-11-26T09:00:00Z",
             "maxHeartRate":{"formula":"Tanaka: 208 - 0.7 x age (years), rounded","ageYears":56,"bpm":169},
             "items":""" + ITEMS + """
            ,
             "warnings":[{"field":"items[0].dosage.holdSeconds","severity":"WARNING","code":"HOLD_OUT_OF_RANGE",
                          "message":"static stretches are usually held 30-60 s; this is 25 s"},
                         {"field":"items[0].exerciseId","severity":"WARNING","code":"CONTRAINDICATED_FOR_CONDITION",
                          "message":"Hamstring stretch is contraindicated for SCIATICA (sciatica), one of the patient's conditions: Sharp or shooting pain down the leg: stop and use the nerve glide instead."},
                         {"field":"items[2].dosage.loadKg","severity":"WARNING","code":"LOAD_INCREASE_NEEDS_REASON",
                          "message":"the load rises from 4 kg to 5 kg (+25 %), more than 10 % above the previous published version: publishing needs a reason (clinical-rules.md §15)"}],
             "heartRateTargets":{"computable":true,"reason":null},
             "activeVersionFindings":[]}""";

    public static final String PLAN_VERSION_PUBLISHED = """
            {"planId":"7c9e6679-7425-40de-944b-e07fc1f90ae7","patientId":"3f1c2a4e-8a51-4c53-9a43-5b0a2f3c9d10","title":"Back on track",
             "version":1,"status":"PUBLISHED","active":true,"changeNote":"Started from the protocol 'Low back pain'.",
             "createdAt":"2026-11-20T09:00:00Z","publishedAt":"2026-11-20T09:30:00Z",
             "maxHeartRate":{"formula":"Tanaka: 208 - 0.7 x age (years), rounded","ageYears":56,"bpm":169},
             "items":""" + ITEMS + """
            ,"warnings":[],"heartRateTargets":{"computable":true,"reason":null},"activeVersionFindings":[]}""";

    public static final String PLAN_VERSION_PATIENT = """
            {"planId":"7c9e6679-7425-40de-944b-e07fc1f90ae7","patientId":"3f1c2a4e-8a51-4c53-9a43-5b0a2f3c9d10","title":"Back on track",
             "version":1,"status":"PUBLISHED","active":true,"createdAt":"2026-11-20T09:00:00Z","publishedAt":"2026-11-20T09:30:00Z",
             "items":""" + ITEMS + "}";

    public static final String VERSIONS = """
            [{"version":1,"status":"PUBLISHED","changeNote":"Started from the protocol 'Low back pain'.","createdAt":"2026-11-20T09:00:00Z","publishedAt":"2026-11-20T09:30:00Z","itemCount":6,"loadIncreaseReasons":{}},
             {"version":2,"status":"PUBLISHED","changeNote":"Heavier sit to stand","createdAt":"2026-11-26T09:00:00Z","publishedAt":"2026-11-26T09:10:00Z","itemCount":6,
              "loadIncreaseReasons":{"items[2]":"3 x 15 with 4 kg was easy for two weeks; pain stayed at 1/10"}},
             {"version":3,"status":"DRAFT","changeNote":"Longer hamstring hold","createdAt":"2026-11-30T09:00:00Z","publishedAt":null,"itemCount":6,"loadIncreaseReasons":{}}]""";

    public static final String PLAN_THERAPIST = """
            {"id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","patientId":"3f1c2a4e-8a51-4c53-9a43-5b0a2f3c9d10","title":"Back on track",
             "protocolId":"0c7a2d2f-4b1b-4d2f-8e2b-000000000001","activeVersion":2,"draftVersion":3,"createdAt":"2026-11-20T09:00:00Z",
             "versions":""" + VERSIONS + """
            ,
             "heartRateTargets":{"computable":false,"reason":"No date of birth on the record: heart-rate targets cannot be computed."},
             "activeVersionFindings":[{"field":"items[1].dosage.targetZoneHighPercent","severity":"CONTRAINDICATED","code":"FIBROMYALGIA_INTENSITY_CAP",
               "message":"above 80 % of max heart rate is contraindicated for fibromyalgia / chronic widespread pain"}]}""";

    public static final String PLAN_PATIENT = """
            {"id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","patientId":"3f1c2a4e-8a51-4c53-9a43-5b0a2f3c9d10","title":"Back on track",
             "protocolId":"0c7a2d2f-4b1b-4d2f-8e2b-000000000001","activeVersion":1,"draftVersion":null,"createdAt":"2026-11-20T09:00:00Z",
             "versions":[{"version":1,"status":"PUBLISHED","changeNote":"Started from the protocol 'Low back pain'.","createdAt":"2026-11-20T09:00:00Z","publishedAt":"2026-11-20T09:30:00Z","itemCount":6}]}""";

    public static final String TODAY = """
            {"planId":"7c9e6679-7425-40de-944b-e07fc1f90ae7","version":1,"date":"2026-11-26","weekday":"THURSDAY",
             "items":[{"itemId":"9d0f6a52-1c1b-4b7e-8d55-0b7f3f6c2a11","position":1,"section":"Daily 15-minute core routine",
               "exerciseId":"0b6f1c1e-3f0a-4c1e-9d1a-000000000005","name":"Hamstring stretch","pillar":"STRETCHING",
               "instructions":["Lie on your back and loop a towel around one foot."],"commonMistakes":["Bouncing at the end of the stretch."],
               "illustrationUrl":"/api/v1/illustrations/supine-leg.svg",
               "dosage":{"sets":2,"holdSeconds":30,"durationMinutes":3,"sessionsPerDay":1,"daysPerWeek":7},
               "timer":{"sets":2,"holdSeconds":30,"durationSeconds":180,"sessionsToday":1,"microSession":false,
                        "breathing":{"inhaleCounts":3,"holdCounts":2,"exhaleCounts":4,"holdLabel":"hold"}}},
              {"itemId":"1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b","position":2,"section":"2-minute band sessions",
               "exerciseId":"0b6f1c1e-3f0a-4c1e-9d1a-000000000019","name":"Band lateral raise","pillar":"EXERCISE","kind":"STRENGTH",
               "instructions":["Stand on the middle of a resistance band, one end in each hand."],"commonMistakes":["Lifting the arms above shoulder height."],
               "illustrationUrl":"/api/v1/illustrations/band-raise.svg",
               "dosage":{"sets":2,"reps":10,"durationMinutes":2,"sessionsPerDay":3,"daysPerWeek":5,"restSeconds":15},
               "timer":{"sets":2,"reps":10,"restSeconds":15,"durationSeconds":120,"sessionsToday":3,"microSession":true}}]}""";

    private static final String PROGRESSION_ITEMS = """
            [{"itemId":"2f1e0d9c-8b7a-4695-8473-6251403f2e1d","exerciseName":"Sit to stand","outcome":"INCREASE","percent":5,
              "reason":"All 3 session(s) with this item last week were back to baseline within 2 hours and stayed within the pain ceiling: raise the load by 5 % (pain rose a little during some sessions, so the smaller step).",
              "sessions":{"sessions":3,"prescribed":3,"metBoth":3,"notBackWithinTwoHours":0,"aboveCeiling":0,"unconfirmed":0,"heartRateAboveCap":0},
              "currentLoadKg":4.00,"suggestedLoadKg":4.20}]""";

    public static final String PROGRESSION_INCREASE = """
            {"planId":"7c9e6679-7425-40de-944b-e07fc1f90ae7","basedOnVersion":1,"weekStart":"2026-11-16","weekEnd":"2026-11-22",
             "outcome":"INCREASE","percent":5,
             "reason":"All 3 session(s) with this item last week were back to baseline within 2 hours and stayed within the pain ceiling: raise the load by 5 % (pain rose a little during some sessions, so the smaller step).",
             "sessions":{"sessions":4,"prescribed":0,"metBoth":4,"notBackWithinTwoHours":0,"aboveCeiling":0,"unconfirmed":0,"heartRateAboveCap":0},
             "items":""" + PROGRESSION_ITEMS + "}";

    public static final String PROGRESSION_STEP_BACK = """
            {"planId":"7c9e6679-7425-40de-944b-e07fc1f90ae7","basedOnVersion":1,"weekStart":"2026-11-16","weekEnd":"2026-11-22",
             "outcome":"STEP_BACK","percent":-10,
             "reason":"1 of 3 session(s) with this item left pain above the pre-session level 2 hours later. Step the load back by 10 %: reduce intensity, not how often (clinical-rules.md §3-5).",
             "sessions":{"sessions":3,"prescribed":0,"metBoth":2,"notBackWithinTwoHours":1,"aboveCeiling":0,"unconfirmed":0,"heartRateAboveCap":0},
             "items":[{"itemId":"2f1e0d9c-8b7a-4695-8473-6251403f2e1d","exerciseName":"Sit to stand","outcome":"STEP_BACK","percent":-10,
               "reason":"1 of 3 session(s) with this item left pain above the pre-session level 2 hours later. Step the load back by 10 %: reduce intensity, not how often (clinical-rules.md §3-5).",
               "sessions":{"sessions":3,"prescribed":3,"metBoth":2,"notBackWithinTwoHours":1,"aboveCeiling":0,"unconfirmed":0,"heartRateAboveCap":0},
               "currentLoadKg":4.00,"suggestedLoadKg":3.60}]}""";

    public static final String PROGRESSION_ACCEPTED = """
            {"planId":"7c9e6679-7425-40de-944b-e07fc1f90ae7","basedOnVersion":1,"weekStart":"2026-11-16","weekEnd":"2026-11-22",
             "outcome":"INCREASE","percent":5,"reason":"All 4 session(s) last week ...",
             "sessions":{"sessions":4,"prescribed":0,"metBoth":4,"notBackWithinTwoHours":0,"aboveCeiling":0,"unconfirmed":0,"heartRateAboveCap":0},
             "items":""" + PROGRESSION_ITEMS + """
            ,
             "decision":{"decision":"ACCEPTED","loadChangePercent":5,"resultingVersion":2,"decidedAt":"2026-11-23T08:00:00Z"}}""";

    public static final String PROGRESSION_DISMISSED = """
            {"planId":"7c9e6679-7425-40de-944b-e07fc1f90ae7","basedOnVersion":1,"weekStart":"2026-11-16","weekEnd":"2026-11-22",
             "outcome":"HOLD","percent":0,"reason":"1 session(s) last week went above the heart-rate cap set for the patient: hold the load this week (clinical-rules.md §14).",
             "sessions":{"sessions":3,"prescribed":0,"metBoth":3,"notBackWithinTwoHours":0,"aboveCeiling":0,"unconfirmed":0,"heartRateAboveCap":1},
             "items":""" + PROGRESSION_ITEMS + """
            ,
             "decision":{"decision":"DISMISSED","reason":"Holiday week","decidedAt":"2026-11-23T08:00:00Z"}}""";

    public static final String PUBLISH_WITH_REASON = """
            {"loadIncreaseReasons":{"items[2]":"3 x 15 with 4 kg was easy for two weeks; pain stayed at 1/10"}}""";

    // ---- problems ----------------------------------------------------------------------------

    public static final String PROBLEM_LOAD_REASON = """
            {"type":"urn:motus:problem:rule-violation","title":"Clinical rule violated","status":422,
             "detail":"1 strength load(s) rise more than 10 % over the previous published version: give a reason for each in loadIncreaseReasons, keyed items[i] (clinical-rules.md §15).",
             "violations":[{"field":"items[2].dosage.loadKg","code":"LOAD_INCREASE_NEEDS_REASON","message":"the load rises from 4 kg to 5 kg (+25 %), more than 10 % above the previous published version: publishing needs a reason (clinical-rules.md §15)"}]}""";

    public static final String PROBLEM_BAD_REASONS = """
            {"type":"urn:motus:problem:validation","title":"Invalid request","status":400,"detail":"The publish request has 2 invalid field(s).",
             "violations":[{"field":"loadIncreaseReasons","message":"unknown key 'item 3': use items[i] for an item of the draft, i from 0 to 5"},
                           {"field":"loadIncreaseReasons.items[2]","message":"at most 500 characters"}]}""";

    public static final String PROBLEM_BAD_FILTER = """
            {"type":"urn:motus:problem:validation","title":"Invalid request","status":400,"detail":"The search has 1 invalid parameter(s).",
             "violations":[{"field":"pillar","message":"must be one of [EXERCISE, STRETCHING, RESTORATION]"}]}""";

    public static final String PROBLEM_BAD_DATE = """
            {"type":"urn:motus:problem:validation","title":"Invalid request","status":400,"detail":"The request has 1 invalid field.",
             "violations":[{"field":"date","message":"use an ISO date like 2026-11-26"}]}""";

    public static final String PROBLEM_EXERCISE_INVALID = """
            {"type":"urn:motus:problem:validation","title":"Invalid request","status":400,"detail":"The exercise has 2 invalid field(s).",
             "violations":[{"field":"kind","message":"EXERCISE items are AEROBIC or STRENGTH"},{"field":"regions[0]","message":"must be one of low-back, neck-shoulder, ..."}]}""";

    public static final String PROBLEM_CONFLICT_SLUG = """
            {"type":"urn:motus:problem:conflict","title":"Conflict","status":409,"detail":"An exercise with slug 'towel-calf-stretch' exists already."}""";

    public static final String PROBLEM_READ_ONLY = """
            {"type":"urn:motus:problem:conflict","title":"Conflict","status":409,
             "detail":"Exercise 'bird-dog' is part of the built-in library and read-only; add a clinic exercise instead."}""";

    public static final String PROBLEM_TOO_LARGE = """
            {"type":"urn:motus:problem:validation","title":"Invalid request","status":400,"detail":"The request has 1 invalid field.",
             "violations":[{"field":"body","message":"must be at most 5242880 bytes for image/png; got 6291456."}]}""";

    public static final String PROBLEM_RANGE = """
            {"type":"urn:motus:problem:range-not-satisfiable","title":"Range not satisfiable","status":416,
             "detail":"The upload has 16 bytes; ask for a range within them."}""";

    public static final String PROBLEM_UNSUPPORTED_MEDIA = """
            {"type":"urn:motus:problem:unsupported-media-type","title":"Unsupported media type","status":415,
             "detail":"Upload one of image/jpeg, image/png, image/webp, video/mp4, video/webm; got application/pdf."}""";

    public static final String PROBLEM_CONFLICT_PLAN = """
            {"type":"urn:motus:problem:conflict","title":"Conflict","status":409,
             "detail":"Patient 3f1c2a4e-8a51-4c53-9a43-5b0a2f3c9d10 already has plan 7c9e6679-7425-40de-944b-e07fc1f90ae7; edit it instead."}""";

    public static final String PROBLEM_CONFLICT_NO_DRAFT = """
            {"type":"urn:motus:problem:conflict","title":"Conflict","status":409,
             "detail":"Plan 7c9e6679-7425-40de-944b-e07fc1f90ae7 has no draft to publish; edit the plan first."}""";

    public static final String PROBLEM_CONFLICT_ANSWERED = """
            {"type":"urn:motus:problem:conflict","title":"Conflict","status":409,"detail":"The suggestion for the week of 2026-11-16 was already accepted."}""";

    public static final String PROBLEM_IMPOSSIBLE = """
            {"type":"urn:motus:problem:validation","title":"Invalid request","status":400,"detail":"The plan has 2 impossible dosage value(s).",
             "violations":[{"field":"items[0].dosage.holdSeconds","message":"must be between 1 and 600"},
                           {"field":"items[1].dosage.sets","message":"must be between 1 and 10"}]}""";

    public static final String PROBLEM_CAP = """
            {"type":"urn:motus:problem:rule-violation","title":"Clinical rule violated","status":422,
             "detail":"The plan breaks a clinical rule for this patient (clinical-rules.md §6).",
             "violations":[{"field":"items[1].dosage.targetZoneHighPercent","message":"above 80 % of max heart rate is contraindicated for fibromyalgia / chronic widespread pain"}]}""";

    public static final String PROBLEM_PERCENT = """
            {"type":"urn:motus:problem:rule-violation","title":"Clinical rule violated","status":422,"detail":"Weekly load changes are 5-10 % (clinical-rules.md §5).",
             "violations":[{"field":"percent","message":"must be between 5 and 10"}]}""";
}
