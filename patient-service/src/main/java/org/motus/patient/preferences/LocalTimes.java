package org.motus.patient.preferences;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Local times of day on the wire: HH:mm, 00:00 to 23:59, in the patient's own time zone. */
final class LocalTimes {

    static final String PATTERN = "^([01][0-9]|2[0-3]):[0-5][0-9]$";
    static final String MESSAGE = "must be a time of day as HH:mm, 00:00 to 23:59";
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("HH:mm");

    private LocalTimes() {}

    static LocalTime parse(String text) {
        return LocalTime.parse(text, FORMAT);
    }

    static String format(LocalTime time) {
        return time.format(FORMAT);
    }
}
