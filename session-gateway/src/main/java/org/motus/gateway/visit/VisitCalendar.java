package org.motus.gateway.visit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A visit as an iCalendar (RFC 5545) object for the participant's own calendar: CRLF line ends,
 * lines folded at 75 octets, TEXT values escaped, times in UTC ("Z" form). Pure.
 * <p>
 * The visit's reason stays out on purpose: calendars are often synced to third parties, and the
 * reason can be clinical. The event links to the visit in Motus instead.
 */
public final class VisitCalendar {

    static final String CRLF = "\r\n";
    private static final int MAX_LINE_OCTETS = 75;
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** What goes into the event. {@code withName} is the other participant's name. */
    public record Event(UUID visitId, Instant start, Instant end, String withName, boolean cancelled, String joinUrl) {}

    private VisitCalendar() {}

    public static String of(Event event, Instant stamp) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Motus//Video visits//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + event.visitId() + "@motus");
        line(ics, "DTSTAMP:" + utc(stamp));
        line(ics, "DTSTART:" + utc(event.start()));
        line(ics, "DTEND:" + utc(event.end()));
        line(ics, "SUMMARY:" + text("Motus video visit with " + event.withName()));
        line(
                ics,
                "DESCRIPTION:"
                        + text("Join the video visit in Motus: " + event.joinUrl() + "\nThe waiting room opens "
                                + VisitLifecycle.JOIN_EARLY.toMinutes() + " minutes before the start."));
        line(ics, "URL:" + event.joinUrl());
        line(ics, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line(ics, "SEQUENCE:" + (event.cancelled() ? 1 : 0));
        line(ics, "TRANSP:OPAQUE");
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** An instant as an RFC 5545 UTC DATE-TIME (seconds; no fraction). */
    static String utc(Instant instant) {
        return UTC.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma, line breaks; drops other controls. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                        out.append("\\n");
                    }
                }
                default -> {
                    if (c >= 0x20 && c != 0x7f) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Appends a content line, folded so that no physical line exceeds 75 octets (RFC 5545 3.1). */
    static void line(StringBuilder ics, String contentLine) {
        int octets = 0;
        int i = 0;
        while (i < contentLine.length()) {
            int codePoint = contentLine.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_LINE_OCTETS) {
                ics.append(CRLF).append(' ');
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append(CRLF);
    }
}
