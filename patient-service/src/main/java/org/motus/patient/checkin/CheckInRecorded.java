package org.motus.patient.checkin;

import java.util.Set;
import org.motus.patient.record.Patient;
import org.motus.patient.rules.RedFlag;

/**
 * Fired (synchronously, inside the check-in's transaction) once a check-in is stored, so the flags
 * it calls for are raised with it. Flags observe it; the check-in does not know them.
 *
 * @param redFlags codes answered yes or found in the note; null when not screened
 */
public record CheckInRecorded(Patient patient, CheckIn checkIn, Set<RedFlag> redFlags) {}
