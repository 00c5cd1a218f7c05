package org.motus.patient.export;

import org.motus.patient.access.Caller;

/**
 * Who may export the whole clinic's data, in one place: an admin, because the clinic is the data
 * controller and must be able to take all its data out (docs/adr/0051), a deliberate exception to
 * ADR 0030, kept bounded because the act is recorded per patient rather than browsed; and a machine
 * client whose scopes read every type of every patient ({@code system/*.read}, ADR 0054), the
 * Bulk Data IG's backend service.
 */
public final class ExportAccess {

    private ExportAccess() {}

    public static boolean mayExport(Caller caller) {
        return caller.is(Caller.ADMIN)
                || (caller.isGrantedMachine() && caller.grant().everyPatient());
    }

    /** A job's status and files are for the person who kicked it off, while they may still export. */
    static boolean mayRead(Caller caller, String requesterSubject) {
        return mayExport(caller) && caller.subject().equals(requesterSubject);
    }
}
