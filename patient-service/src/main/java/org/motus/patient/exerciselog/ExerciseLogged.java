package org.motus.patient.exerciselog;

import java.util.Set;
import org.motus.patient.checkin.CheckIn;
import org.motus.patient.record.Patient;
import org.motus.patient.rules.RedFlag;

/**
 * Fired (synchronously, inside the log's transaction) once a session is stored with its readings,
 * so the flags its red flags and its resting pain before call for are raised with it.
 *
 * @param redFlags codes answered yes or found in the note; null when not screened
 * @param before   the resting pain before the session, as stored
 */
public record ExerciseLogged(Patient patient, ExerciseLog log, Set<RedFlag> redFlags, CheckIn before) {}
