package org.motus.gateway.visit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The .ics of a visit follows RFC 5545: CRLF, 75-octet folding, TEXT escaping, UTC times. */
class VisitCalendarTest {

    private static final UUID ID = UUID.fromString("0b9f6f3e-5a52-4d1c-9d35-0f6a1d2f0c11");
    private static final VisitCalendar.Event EVENT = new VisitCalendar.Event(
            ID,
            Instant.parse("2026-12-01T09:00:00.750Z"),
            Instant.parse("2026-12-01T09:30:00Z"),
            "O'Brien, Pat; \\ Jr.\nSecond line",
            false,
            "https://motus.example/visits/" + ID);

    private static String ics() {
        return VisitCalendar.of(EVENT, Instant.parse("2026-11-26T08:15:30Z"));
    }

    /** The content lines, unfolded (RFC 5545 3.1: CRLF followed by one space or tab is removed). */
    private static List<String> unfolded(String ics) {
        return Arrays.asList(ics.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n"));
    }

    @Test
    void everyLineEndsWithCrlfAndNoBareLineFeedRemains() {
        String ics = ics();
        assertThat(ics, endsWith("END:VCALENDAR\r\n"));
        assertThat(ics.replace("\r\n", ""), not(containsString("\n")));
        assertThat(ics.replace("\r\n", ""), not(containsString("\r")));
    }

    @Test
    void timesAreUtcWithoutFractions() {
        List<String> lines = unfolded(ics());
        assertThat(lines, hasItem("DTSTART:20261201T090000Z"));
        assertThat(lines, hasItem("DTEND:20261201T093000Z"));
        assertThat(lines, hasItem("DTSTAMP:20261126T081530Z"));
    }

    @Test
    void textValuesEscapeBackslashSemicolonCommaAndNewline() {
        assertThat(unfolded(ics()), hasItem("SUMMARY:Motus video visit with O'Brien\\, Pat\\; \\\\ Jr.\\nSecond line"));
        assertThat(VisitCalendar.text("a\r\nb\rc\u0007d"), equalTo("a\\nb\\ncd"));
    }

    @Test
    void longLinesAreFoldedAtSeventyFiveOctetsWithoutSplittingCharacters() {
        String name = "Ærøskøbing-Ünïcödé ".repeat(8) + "😀 end";
        String ics = VisitCalendar.of(
                new VisitCalendar.Event(ID, EVENT.start(), EVENT.end(), name, false, EVENT.joinUrl()), EVENT.start());
        for (String physical : ics.split("\r\n")) {
            assertThat(physical, physical.getBytes(StandardCharsets.UTF_8).length, lessThanOrEqualTo(75));
        }
        assertThat(unfolded(ics), hasItem("SUMMARY:Motus video visit with " + name));
        assertThat(ics, not(containsString("\uFFFD")));
    }

    @Test
    void oneEventWithAStableUidAndTheVisitLinkButNotTheClinicalReason() {
        List<String> lines = unfolded(ics());
        assertThat(lines.get(0), equalTo("BEGIN:VCALENDAR"));
        assertThat(lines, hasItem("VERSION:2.0"));
        assertThat(lines, hasItem(startsWith("PRODID:")));
        assertThat(lines, hasItem("UID:" + ID + "@motus"));
        assertThat(lines, hasItem("URL:https://motus.example/visits/" + ID));
        assertThat(lines, hasItem("STATUS:CONFIRMED"));
        assertThat(lines.stream().filter(l -> l.equals("BEGIN:VEVENT")).count(), equalTo(1L));
        assertThat(lines, everyItem(not(containsString("Follow-up"))));
    }

    @Test
    void aCancelledVisitIsACancelledEvent() {
        String ics = VisitCalendar.of(
                new VisitCalendar.Event(ID, EVENT.start(), EVENT.end(), "Pat", true, EVENT.joinUrl()), EVENT.start());
        assertThat(unfolded(ics), hasItem("STATUS:CANCELLED"));
        assertThat(unfolded(ics), hasItem("SEQUENCE:1"));
    }
}
