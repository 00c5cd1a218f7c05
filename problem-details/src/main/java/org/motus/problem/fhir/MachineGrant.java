package org.motus.problem.fhir;

import java.util.Optional;
import java.util.UUID;

/**
 * What a machine client's SMART scopes let it read in one FHIR request (ADR 0054): every patient's
 * records ({@code system/} scope for the request's type), or one patient's, the one its token names
 * in the SMART launch context claim {@code patient} ({@code patient/} scope). Each service's access
 * door turns it into a relationship to the record; the door still audits every read.
 */
public record MachineGrant(boolean everyPatient, UUID patient) {

    /** The realm role of a machine client: no person, FHIR reads only. */
    public static final String ROLE = "fhir-client";

    public static MachineGrant everyone() {
        return new MachineGrant(true, null);
    }

    public static MachineGrant onePatient(UUID patient) {
        return new MachineGrant(false, patient);
    }

    public boolean reaches(UUID patientId) {
        return everyPatient || (patient != null && patient.equals(patientId));
    }

    /**
     * The grant for a request at {@code path} by a token with this {@code scope} claim and
     * {@code patient} claim; empty when the scopes grant nothing there (a {@code user/} scope
     * included: a client has no person whose reach it could borrow).
     */
    public static Optional<MachineGrant> forRequest(String scopeClaim, Object patientClaim, String path) {
        return SmartScopes.parse(scopeClaim).readContextFor(path).flatMap(context -> switch (context) {
            case SYSTEM -> Optional.of(everyone());
            case PATIENT -> patientOf(patientClaim).map(MachineGrant::onePatient);
            case USER -> Optional.empty();
        });
    }

    private static Optional<UUID> patientOf(Object claim) {
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    UUID.fromString(claim.toString().replace("\"", "").strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
