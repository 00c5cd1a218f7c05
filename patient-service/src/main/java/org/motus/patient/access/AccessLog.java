package org.motus.patient.access;

import java.util.UUID;

/**
 * Where every attempt on a patient's data is written down (the audit trail implements it). The
 * gate that runs the attempt ({@code record.PatientAccess}) calls it; declaring it here keeps the
 * dependency one way: audit depends on access, never the reverse.
 */
public interface AccessLog {

    /** Granted work, in the work's own transaction: the row commits (or not) with the data. */
    void succeeded(Caller caller, Action action, UUID patientId);

    /** Granted work, with what it touched besides a record (an account, a transfer), in the work's transaction. */
    void succeeded(Caller caller, Action action, UUID patientId, String detail);

    /** Refused (no relationship, or not for the caller's role), in a transaction of its own. */
    void denied(Caller caller, Action action, UUID patientId, String reason);

    /** No such record, in a transaction of its own. */
    void notFound(Caller caller, Action action, UUID patientId);

    /** The work failed and was rolled back, in a transaction of its own. */
    void failed(Caller caller, Action action, UUID patientId, String what);
}
