package org.motus.patient.audit;

import jakarta.ws.rs.BadRequestException;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.motus.patient.validation.QueryParams;

/**
 * What an admin searches the audit trail by; every part is optional. Parsed by hand so a bad value
 * answers 400 with a clear detail.
 */
record AuditFilter(UUID patientId, String actor, String action, Instant from, Instant to) {

    private static final Pattern SUBJECT = Pattern.compile("^[A-Za-z0-9._@:-]{1,255}$");
    private static final Pattern ACTION = Pattern.compile("^[A-Z][A-Z_]{0,63}$");

    static AuditFilter parse(String patientId, String actor, String action, String from, String to) {
        Instant start = blank(from) ? null : QueryParams.instant("from", from);
        Instant end = blank(to) ? null : QueryParams.instant("to", to);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new BadRequestException("from must be before to.");
        }
        return new AuditFilter(
                blank(patientId) ? null : uuid(patientId),
                checked("actor", actor, SUBJECT, "a Keycloak subject"),
                checked("action", action, ACTION, "an action name such as READ_RECORD"),
                start,
                end);
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("patientId must be a UUID.");
        }
    }

    private static String checked(String name, String value, Pattern pattern, String what) {
        if (blank(value)) {
            return null;
        }
        String stripped = value.strip();
        if (!pattern.matcher(stripped).matches()) {
            throw new BadRequestException(name + " must be " + what + ".");
        }
        return stripped;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
