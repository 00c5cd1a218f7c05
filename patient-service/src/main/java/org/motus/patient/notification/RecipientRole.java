package org.motus.patient.notification;

/** Who a notification was for, as admins see it: a patient, or a therapist or admin. */
public enum RecipientRole {
    PATIENT,
    STAFF
}
