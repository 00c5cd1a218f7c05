package org.motus.patient.access;

import java.util.Set;

/** The access decision as a pure function of what the database says about the caller and the record. */
public final class AccessPolicy {

    public enum Decision {
        ALLOW,
        /** No record with that id: 404. */
        NO_SUCH_RECORD,
        /** The record exists but the caller has no relationship to it: 404, never reveal it exists. */
        OUTSIDE_REACH,
        /** The caller may see the record but not do this (e.g. an admin reading check-ins): 403. */
        NOT_FOR_YOUR_ROLE
    }

    private AccessPolicy() {}

    public static Decision decide(boolean recordExists, Set<Relationship> relationships, Action action) {
        if (!recordExists) {
            return Decision.NO_SUCH_RECORD;
        }
        if (relationships.isEmpty()) {
            return Decision.OUTSIDE_REACH;
        }
        for (Relationship relationship : relationships) {
            if (action.allowedFor().contains(relationship)) {
                return Decision.ALLOW;
            }
        }
        return Decision.NOT_FOR_YOUR_ROLE;
    }
}
