package org.motus.patient.consent;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.motus.patient.access.Action;
import org.motus.patient.access.Caller;
import org.motus.patient.problem.PatientProblems;
import org.motus.patient.record.PatientAccess;
import org.motus.problem.Conflict;

/** Records the patient's consent decisions and says where each kind stands. */
@ApplicationScoped
public class ConsentService {

    static final int CLIENT_MAX_LENGTH = 300;

    private final PatientAccess access;
    private final ConsentTexts texts;
    private final Clock clock;

    public ConsentService(PatientAccess access, ConsentTexts texts, Clock clock) {
        this.access = access;
        this.texts = texts;
        this.clock = clock;
    }

    /** What {@link #decide} did: whether it stored a new decision, and the consents after it. */
    public record Outcome(boolean stored, ConsentsView consents) {}

    public ConsentsView consents(Caller caller, UUID patientId) {
        return access.perform(caller, patientId, Action.READ_CONSENTS, patient -> view(patient.id));
    }

    /**
     * The patient decides on the version in force. A decision on another version is a 409 (the text
     * changed under them: they must read it again). Repeating the latest decision on the same
     * version stores nothing; "no" after an acceptance is a withdrawal.
     */
    public Outcome decide(Caller caller, UUID patientId, ConsentDecisionRequest request, String userAgent) {
        ConsentText text = texts.current(request.kind());
        return access.perform(caller, patientId, Action.DECIDE_CONSENT, patient -> {
            if (!text.version().equals(request.textVersion())) {
                throw new Conflict(
                        PatientProblems.CONSENT_TEXT_CHANGED, request.kind(), text.version(), request.textVersion());
            }
            Optional<ConsentDecision> latest = latest(patient.id, request.kind());
            ConsentDecisionKind decision = request.accepted()
                    ? ConsentDecisionKind.ACCEPTED
                    : latest.filter(d -> d.decision == ConsentDecisionKind.ACCEPTED)
                            .map(d -> ConsentDecisionKind.WITHDRAWN)
                            .orElse(ConsentDecisionKind.DECLINED);
            boolean repeat = latest.filter(d -> d.textVersion.equals(text.version()))
                    .filter(d -> (d.decision == ConsentDecisionKind.ACCEPTED) == request.accepted())
                    .isPresent();
            if (!repeat) {
                ConsentDecision stored = new ConsentDecision();
                stored.id = UUID.randomUUID();
                stored.patientId = patient.id;
                stored.kind = request.kind();
                stored.textVersion = text.version();
                stored.textSha256 = text.sha256();
                stored.decision = decision;
                stored.decidedAt = clock.instant();
                stored.decidedBy = caller.subject();
                stored.client = client(userAgent);
                stored.persist();
                Panache.getEntityManager().flush();
            }
            return new Outcome(!repeat, view(patient.id));
        });
    }

    private ConsentsView view(UUID patientId) {
        List<ConsentDecision> history = ConsentDecision.history(patientId);
        List<ConsentStatus> statuses = new ArrayList<>();
        for (ConsentKind kind : ConsentKind.values()) {
            String version = texts.current(kind).version();
            Optional<ConsentDecision> latest =
                    history.stream().filter(d -> d.kind == kind).findFirst();
            boolean onCurrent =
                    latest.filter(d -> d.textVersion.equals(version)).isPresent();
            statuses.add(new ConsentStatus(
                    kind,
                    version,
                    latest.map(d -> d.decision).orElse(null),
                    latest.map(d -> d.textVersion).orElse(null),
                    latest.map(d -> d.decidedAt).orElse(null),
                    onCurrent && latest.get().decision == ConsentDecisionKind.ACCEPTED,
                    !onCurrent));
        }
        return new ConsentsView(
                statuses,
                statuses.stream().anyMatch(ConsentStatus::decisionNeeded),
                history.stream().map(ConsentDecisionView::of).toList());
    }

    private static Optional<ConsentDecision> latest(UUID patientId, ConsentKind kind) {
        return ConsentDecision.<ConsentDecision>find(
                        "patientId = ?1 and kind = ?2 order by decidedAt desc, id", patientId, kind)
                .firstResultOptional();
    }

    /** The User-Agent, without control characters, cut to what the column holds; null when absent. */
    static String client(String userAgent) {
        if (userAgent == null) {
            return null;
        }
        String cleaned = userAgent.replaceAll("\\p{Cntrl}", " ").strip();
        if (cleaned.isEmpty()) {
            return null;
        }
        return cleaned.length() <= CLIENT_MAX_LENGTH ? cleaned : cleaned.substring(0, CLIENT_MAX_LENGTH);
    }
}
