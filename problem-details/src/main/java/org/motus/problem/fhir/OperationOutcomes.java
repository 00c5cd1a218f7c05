package org.motus.problem.fhir;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** Errors as FHIR wants them: an OperationOutcome with one issue whose code matches the HTTP status. Pure. */
public final class OperationOutcomes {

    private OperationOutcomes() {}

    public static OperationOutcome of(int status, String detail) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(status >= 500 ? IssueSeverity.FATAL : IssueSeverity.ERROR)
                .setCode(issueType(status))
                .setDiagnostics(detail);
        return outcome;
    }

    /** A success that has no resource to show the caller (an admin's referral: ADR 0030). */
    public static OperationOutcome information(String detail) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(IssueSeverity.INFORMATION)
                .setCode(IssueType.INFORMATIONAL)
                .setDiagnostics(detail);
        return outcome;
    }

    /** The issue type for a status: 400 invalid, 401 login, 403 forbidden, 404 not-found, 409 conflict, ... */
    static IssueType issueType(int status) {
        return switch (status) {
            case 400, 413, 415 -> IssueType.INVALID;
            case 401 -> IssueType.LOGIN;
            case 403 -> IssueType.FORBIDDEN;
            case 404 -> IssueType.NOTFOUND;
            case 405 -> IssueType.NOTSUPPORTED;
            case 409 -> IssueType.CONFLICT;
            case 412 -> IssueType.DUPLICATE;
            case 422 -> IssueType.BUSINESSRULE;
            case 429 -> IssueType.THROTTLED;
            case 503 -> IssueType.TRANSIENT;
            default -> IssueType.EXCEPTION;
        };
    }
}
