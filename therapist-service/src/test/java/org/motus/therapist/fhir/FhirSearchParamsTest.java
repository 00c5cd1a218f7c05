package org.motus.therapist.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Timing;
import org.junit.jupiter.api.Test;
import org.motus.problem.fhir.BadSearch;
import org.motus.problem.fhir.DateBounds;
import org.motus.therapist.dosage.Dosage;

/** The pure parts of the FHIR searches: string matching, date overlap, cursors, codes and timings. */
class FhirSearchParamsTest {

    private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");

    @Test
    void aStringSearchStartsWithIgnoringCaseAndAccentsUnlessContainsOrExact() {
        MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
        query.add("title", "lé");
        List<StringMatch> starts = StringMatch.of(query, "title");
        assertThat(starts.get(0).test("Low back pain")).isFalse();
        assertThat(starts.get(0).test("Lève-toi")).isTrue();
        assertThat(new StringMatch(StringMatch.Mode.STARTS, "low").test("Low back pain"))
                .isTrue();
        assertThat(new StringMatch(StringMatch.Mode.STARTS, "back").test("Low back pain"))
                .isFalse();
        assertThat(new StringMatch(StringMatch.Mode.CONTAINS, "BACK").test("Low back pain"))
                .isTrue();
        assertThat(new StringMatch(StringMatch.Mode.EXACT, "Low back pain").test("Low back pain"))
                .isTrue();
        assertThat(new StringMatch(StringMatch.Mode.EXACT, "low back pain").test("Low back pain"))
                .isFalse();
        assertThat(new StringMatch(StringMatch.Mode.STARTS, "low").test(null)).isFalse();

        MultivaluedHashMap<String, String> bad = new MultivaluedHashMap<>();
        bad.add("title:missing", "x");
        assertThatThrownBy(() -> StringMatch.of(bad, "title")).isInstanceOf(BadSearch.class);
        MultivaluedHashMap<String, String> other = new MultivaluedHashMap<>();
        other.add("titles", "x");
        assertThat(StringMatch.of(other, "title")).isEmpty();
    }

    @Test
    void aPeriodMatchesADateRangeWhenTheyShareAnInstant() {
        DateBounds january = DateBounds.parse(List.of("ge2026-01-01", "lt2026-02-01"));
        assertThat(FhirReads.overlaps(january, JAN, FEB)).isTrue();
        assertThat(FhirReads.overlaps(january, FEB, null)).isFalse();
        assertThat(FhirReads.overlaps(january, Instant.parse("2025-06-01T00:00:00Z"), JAN))
                .isFalse(); // ended as January began
        assertThat(FhirReads.overlaps(january, Instant.parse("2025-06-01T00:00:00Z"), null))
                .isTrue(); // still running
        assertThat(FhirReads.overlaps(DateBounds.ALL, FEB, null)).isTrue();
    }

    @Test
    void aCursorSurvivesItsRoundTripAndAForgedOneIsABadSearch() {
        Cursor cursor = new Cursor(JAN, UUID.randomUUID());
        assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
        assertThatThrownBy(() -> Cursor.decode("bm9wZQ")).isInstanceOf(BadSearch.class);
        assertThatThrownBy(() -> Cursor.decode("!!")).isInstanceOf(BadSearch.class);
    }

    @Test
    void statusCodesMustBeInTheValueSetAndItsSystem() {
        Set<String> allowed = FhirSearchResource.CARE_PLAN_STATUSES;
        String system = FhirSearchResource.REQUEST_STATUS;
        assertThat(SearchParams.codes("status", null, system, allowed)).isEmpty();
        assertThat(SearchParams.codes("status", List.of("active,revoked", system + "|completed"), system, allowed))
                .containsExactly("active", "revoked", "completed");
        assertThatThrownBy(() -> SearchParams.codes("status", List.of("finished"), system, allowed))
                .isInstanceOf(BadSearch.class);
        assertThatThrownBy(() -> SearchParams.codes("status", List.of("urn:other|active"), system, allowed))
                .isInstanceOf(BadSearch.class);
    }

    @Test
    void includeAcceptsTheSubjectUnderEitherNameAndRefusesOthers() {
        assertThat(FhirSearchResource.includeSubject(null)).isFalse();
        assertThat(FhirSearchResource.includeSubject(List.of("CarePlan:subject")))
                .isTrue();
        assertThat(FhirSearchResource.includeSubject(List.of("CarePlan:patient")))
                .isTrue();
        assertThatThrownBy(() -> FhirSearchResource.includeSubject(List.of("CarePlan:care-team")))
                .isInstanceOf(BadSearch.class);
    }

    private static Dosage dosage(Integer perDay, Integer days, List<DayOfWeek> weekdays, Integer minutes) {
        return new Dosage(2, 10, BigDecimal.ONE, null, minutes, perDay, days, weekdays, null, null, null);
    }

    @Test
    void aDosageIsSessionsADayOnPinnedOrAllDaysElseSessionsAWeek() {
        Timing daily = ToFhir.timing(dosage(null, null, null, null));
        assertThat(daily.getRepeat().getFrequency()).isEqualTo(1);
        assertThat(daily.getRepeat().getPeriodUnit()).isEqualTo(Timing.UnitsOfTime.D);
        assertThat(daily.getRepeat().getDayOfWeek()).isEmpty();
        assertThat(daily.getRepeat().hasDuration()).isFalse();

        Timing pinned = ToFhir.timing(dosage(2, null, List.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY), 10));
        assertThat(pinned.getRepeat().getFrequency()).isEqualTo(2);
        assertThat(pinned.getRepeat().getPeriodUnit()).isEqualTo(Timing.UnitsOfTime.D);
        assertThat(pinned.getRepeat().getDayOfWeek())
                .extracting(d -> d.getValue().toCode())
                .containsExactly("mon", "fri");
        assertThat(pinned.getRepeat().getDuration().intValue()).isEqualTo(10);
        assertThat(pinned.getRepeat().getDurationUnit()).isEqualTo(Timing.UnitsOfTime.MIN);

        Timing weekly = ToFhir.timing(dosage(3, 2, null, null));
        assertThat(weekly.getRepeat().getFrequency()).isEqualTo(6);
        assertThat(weekly.getRepeat().getPeriodUnit()).isEqualTo(Timing.UnitsOfTime.WK);
    }

    @Test
    void aComputableNameIsTheSlugInUpperCamelCase() {
        assertThat(ToFhir.computableName("low-back")).isEqualTo("LowBack");
        assertThat(ToFhir.computableName("knee-hip-oa")).isEqualTo("KneeHipOa");
        assertThat(ToFhir.computableName("2-minute-neck")).isEqualTo("Protocol2MinuteNeck");
    }
}
