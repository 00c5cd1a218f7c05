package org.motus.patient.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.motus.patient.audit.AuditEventPage;
import org.motus.patient.audit.AuditEventView;
import org.motus.patient.careteam.CareTeamMemberView;
import org.motus.patient.careteam.CaseloadEntry;
import org.motus.patient.careteam.TransferView;
import org.motus.patient.checkin.CheckInView;
import org.motus.patient.consent.ConsentText;
import org.motus.patient.consent.ConsentsView;
import org.motus.patient.discharge.DischargeExamples;
import org.motus.patient.discharge.DischargeSummaryView;
import org.motus.patient.exerciselog.ExerciseLogView;
import org.motus.patient.exerciselog.PendingFollowUp;
import org.motus.patient.flag.FlagView;
import org.motus.patient.invitation.InvitationView;
import org.motus.patient.message.MessageExamples;
import org.motus.patient.message.MessageView;
import org.motus.patient.message.ThreadUnread;
import org.motus.patient.message.UnreadMessages;
import org.motus.patient.progress.AdherenceView;
import org.motus.patient.progress.ProgressView;
import org.motus.patient.prom.DuePromView;
import org.motus.patient.prom.PromAssignmentView;
import org.motus.patient.prom.PromAssignmentsView;
import org.motus.patient.prom.PromExamples;
import org.motus.patient.prom.PromSummaryView;
import org.motus.patient.prom.PromView;
import org.motus.patient.record.PatientSummary;
import org.motus.patient.record.PatientSummaryPage;
import org.motus.patient.record.PatientView;
import org.motus.patient.staff.AccountView;
import org.motus.patient.staff.StaffPage;
import org.motus.problem.openapi.SuccessExamples;

/**
 * The example this service's document shows for each view it answers with: every successful answer of that
 * view (or list of it) that names no example of its own gets this one.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BOTH)
// Quarkus runs an @OpenApiFilter class only if it names OASFilter among its own interfaces.
public class SuccessExampleRegistry extends SuccessExamples implements OASFilter {

    public SuccessExampleRegistry() {
        one(AccountView.class, "account", Examples.ACCOUNT);
        one(AdherenceView.class, "adherence", Examples.ADHERENCE);
        listOf(AuditEventView.class, "audit trail", Examples.AUDIT_EVENTS);
        one(AuditEventPage.class, "audit page", AdminExamples.AUDIT_PAGE);
        one(CareTeamMemberView.class, "member", Examples.CARE_TEAM_MEMBER);
        listOf(CareTeamMemberView.class, "care team", Examples.CARE_TEAM);
        listOf(CaseloadEntry.class, "caseload", Examples.CASELOAD);
        listOf(CheckInView.class, "check-ins", Examples.CHECK_INS);
        listOf(ConsentText.class, "texts", ConsentExamples.TEXTS);
        one(ConsentsView.class, "consents", ConsentExamples.CONSENTS);
        one(DischargeSummaryView.class, "discharge summary", DischargeExamples.SUMMARY);
        one(ExerciseLogView.class, "session", Examples.SESSION);
        listOf(ExerciseLogView.class, "sessions", Examples.SESSIONS);
        one(FlagView.class, "acknowledged", Examples.ACKNOWLEDGED_FLAG);
        listOf(FlagView.class, "flags", Examples.FLAGS);
        one(InvitationView.class, "invitation", Examples.INVITATION);
        listOf(InvitationView.class, "invitations", Examples.INVITATIONS);
        listOf(MessageView.class, "thread", MessageExamples.THREAD);
        one(PatientSummaryPage.class, "patient page", AdminExamples.PATIENT_PAGE);
        one(PatientView.class, "patient", Examples.PATIENT);
        one(PatientSummary.class, "patient summary", AdminExamples.PATIENT_SUMMARY);
        listOf(PendingFollowUp.class, "follow-ups", Examples.FOLLOW_UPS);
        one(ProgressView.class, "progress", Examples.PROGRESS);
        one(PromView.class, "PSFS", PromExamples.PSFS);
        listOf(PromView.class, "PROMs", PromExamples.PROMS);
        listOf(DuePromView.class, "due", PromExamples.DUE);
        listOf(PromSummaryView.class, "summary", PromExamples.SUMMARY);
        one(PromAssignmentView.class, "assignment", PromExamples.ASSIGNMENT);
        one(PromAssignmentsView.class, "assignments", PromExamples.ASSIGNMENTS);
        one(StaffPage.class, "staff page", AdminExamples.STAFF_PAGE);
        one(ThreadUnread.class, "all read", MessageExamples.THREAD_UNREAD);
        one(TransferView.class, "transfer", Examples.TRANSFER_VIEW);
        one(UnreadMessages.class, "unread", MessageExamples.UNREAD);
    }
}
