package org.motus.patient.openapi;

/** Examples of the admin screens' list answers (issue 13 item 1). */
public final class AdminExamples {

    private AdminExamples() {}

    public static final String STAFF_PAGE = """
            {"items":[{"subject":"7e5a0c1e-0000-4000-8000-000000000001","email":"tess@example.org","firstName":"Tess",
                       "lastName":"Therapist","enabled":true,"pendingActions":[],"roles":["THERAPIST"]},
                      {"subject":"7e5a0c1e-0000-4000-8000-000000000005","email":"theo@example.org","firstName":"Theo",
                       "lastName":"Therapist","enabled":true,"pendingActions":["UPDATE_PASSWORD"],"roles":["THERAPIST"]}],
             "next":"100"}""";

    /** A record as an admin's change answers it: no clinical fields (ADR 0030). */
    public static final String PATIENT_SUMMARY = """
            {"id":"0a7e0000-0000-4000-8000-000000000002","subject":"7e5a0c1e-0000-4000-8000-000000000002",
             "displayName":"Pat Patient","status":"DISCHARGED","dischargedAt":"2026-11-30T16:00:00Z",
             "careTeam":["7e5a0c1e-0000-4000-8000-000000000001"],"createdAt":"2026-10-26T09:00:00Z"}""";

    public static final String PATIENT_PAGE = """
            {"items":[{"id":"0a7e0000-0000-4000-8000-000000000002","subject":"7e5a0c1e-0000-4000-8000-000000000002",
                       "displayName":"Pat Patient","status":"IN_CARE","dischargedAt":null,
                       "careTeam":["7e5a0c1e-0000-4000-8000-000000000001"],"createdAt":"2026-10-26T09:00:00Z"}],
             "next":null}""";

    public static final String AUDIT_PAGE = """
            {"items":[{"id":"a0d17000-0000-4000-8000-000000000002","occurredAt":"2026-11-26T11:07:40Z",
                       "actorSubject":"7e5a0c1e-0000-4000-8000-000000000003","actorRoles":"patient",
                       "action":"READ_CHECK_INS","patientId":"0a7e0000-0000-4000-8000-000000000002",
                       "outcome":"DENIED","detail":"outside the caller's reach"}],
             "next":"MjAyNi0xMS0yNlQxMTowNzo0MFp8YTBkMTcwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAy"}""";
}
