package org.motus.gateway.patients;

import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Which patient record a patient's Keycloak subject is, asked of patient-service with the patient's
 * own token and remembered (cache {@value #CACHE}, sized in application.properties): a subject's
 * patient id never changes. "No record yet" is not remembered (patient-service creates the record
 * on the patient's first sign-in), so it is thrown rather than returned.
 */
@ApplicationScoped
public class PatientIds {

    static final String CACHE = "patient-id-by-subject";

    private final PatientServiceClient client;

    public PatientIds(@RestClient PatientServiceClient client) {
        this.client = client;
    }

    /** @throws NoRecord when patient-service knows no record for this patient (yet) */
    @CacheResult(cacheName = CACHE)
    UUID of(@CacheKey String subject, String bearer) {
        PatientRecord own = client.me(bearer);
        if (own == null || own.id() == null) {
            throw new NoRecord();
        }
        return own.id();
    }

    static final class NoRecord extends RuntimeException {
        NoRecord() {
            super("No patient record", null, false, false);
        }
    }
}
