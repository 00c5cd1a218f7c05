package org.motus.patient.prom;

/** OpenAPI examples of the PROM endpoints (kept beside them; the document's tests check each). */
public final class PromExamples {

    public static final String PSFS_REQUEST = """
            {"instrument":"PSFS","items":[{"item":"Climb stairs","value":3},{"item":"Walk 30 minutes","value":5},
             {"item":"Lift my grandchild","value":4}]}""";
    public static final String PEG_REQUEST = """
            {"instrument":"PEG_3","items":[{"item":"pain","value":6},{"item":"enjoyment","value":7},
             {"item":"activity","value":5}]}""";
    public static final String PSFS = """
            {"id":"9a0b0000-0000-4000-8000-000000000001","instrument":"PSFS","score":4.00,
             "answeredAt":"2026-11-26T10:55:00Z","items":[{"item":"Climb stairs","value":3},
             {"item":"Walk 30 minutes","value":5},{"item":"Lift my grandchild","value":4}]}""";
    public static final String PROMS = "[" + PSFS + "]";
    public static final String DUE = """
            [{"instrument":"PSFS","reason":"FOLLOW_UP","dueSince":"2026-12-10"},
             {"instrument":"PEG_3","reason":"BASELINE","dueSince":"2026-11-26"}]""";
    public static final String SUMMARY = """
            [{"instrument":"PSFS","baseline":3.00,"baselineAt":"2026-11-12T09:00:00Z","latest":5.33,
              "latestAt":"2026-11-26T10:55:00Z","change":2.33,"mcid":2,"higherIsBetter":true,
              "meaning":"IMPROVED","responses":2}]""";
    public static final String UNANSWERED_PROBLEM = """
            {"type":"urn:motus:problem:rule-violation","title":"Clinical rule violated","status":422,
             "detail":"'enjoyment' is unanswered: PEG_3 is scored only with every item answered."}""";

    public static final String ASSIGNMENT_ID = "a551a000-0000-4000-8000-000000000001";
    public static final String ASSIGN_DISCHARGE = """
            {"instrument":"PSFS","reason":"DISCHARGE"}""";
    public static final String ASSIGN_ON_DEMAND = """
            {"instrument":"PEG_3","reason":"ON_DEMAND"}""";
    public static final String SCHEDULE = """
            {"instruments":[{"instrument":"PSFS","everyTwoWeeks":true},{"instrument":"PEG_3","everyTwoWeeks":false}]}""";
    public static final String ASSIGNMENT = """
            {"id":"a551a000-0000-4000-8000-000000000001","instrument":"PSFS","reason":"DISCHARGE",
             "assignedAt":"2026-12-04T15:00:00Z","assignedBy":"7e5a0c1e-0000-4000-8000-000000000001"}""";
    public static final String ASSIGNMENTS = """
            {"schedule":[{"instrument":"PSFS","everyTwoWeeks":true},{"instrument":"PEG_3","everyTwoWeeks":false}],
             "open":[""" + ASSIGNMENT + "]}";

    private PromExamples() {}
}
