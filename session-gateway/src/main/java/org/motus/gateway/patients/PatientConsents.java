package org.motus.gateway.patients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The part of patient-service's {@code ConsentsView} the gateway reads: where each kind of consent
 * stands. {@code granted} is true only for an acceptance of the text in force.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PatientConsents(List<Status> consents) {

    /** Consent to video visits (patient-service's {@code ConsentKind.TELEHEALTH}). */
    public static final String TELEHEALTH = "TELEHEALTH";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Status(String kind, boolean granted) {}

    public boolean granted(String kind) {
        return consents != null && consents.stream().anyMatch(status -> kind.equals(status.kind()) && status.granted());
    }
}
