package org.motus.patient.export;

import org.motus.patient.access.Caller;

/**
 * Who may export the whole clinic's data, in one place. Only an admin: the clinic is the data
 * controller and must be able to take all its data out (docs/adr/0051), a deliberate exception to
 * ADR 0030, kept bounded because the act is recorded per patient rather than browsed. Machine
 * clients (a {@code system/*.read} scope) will be decided here too.
 */
public final class ExportAccess {

    private ExportAccess() {}

    public static boolean mayExport(Caller caller) {
        return caller.is(Caller.ADMIN);
    }

    /** A job's status and files are for the person who kicked it off, while they may still export. */
    static boolean mayRead(Caller caller, String requesterSubject) {
        return mayExport(caller) && caller.subject().equals(requesterSubject);
    }
}
