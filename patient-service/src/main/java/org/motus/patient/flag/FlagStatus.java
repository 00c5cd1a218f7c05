package org.motus.patient.flag;

/** Which flags a list shows. */
public enum FlagStatus {
    OPEN,
    ACKNOWLEDGED,
    ALL
}
