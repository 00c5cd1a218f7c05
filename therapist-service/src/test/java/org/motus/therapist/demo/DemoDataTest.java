package org.motus.therapist.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.therapist.routine.Schedule;

/** The launcher's demo data (MOTUS_DEMO_DATA=true): pat has a published plan with items due every day; paula none. */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class DemoDataTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("motus.demo-data", "true");
        }
    }

    static final String PAT_RECORD = "0a7e0000-0000-4000-8000-000000000002";
    static final String PAULA_RECORD = "0a7e0000-0000-4000-8000-000000000003";
    static final String TESS = "7e5a0c1e-0000-4000-8000-000000000001";

    @Inject
    DataSource dataSource;

    @Test
    void patHasAPublishedLowBackPlanByTessWithItemsDueEveryDay() throws SQLException {
        List<Object[]> rows = query("""
                select v.status, v.published_by, p.created_by, i.days_per_week, e.slug
                  from plan p join plan_version v on v.plan_id = p.id join plan_item i on i.version_id = v.id
                  join exercise e on e.id = i.exercise_id
                 where p.patient_id = ?::uuid order by i.position""", PAT_RECORD);
        assertEquals(6, rows.size(), "the six items of the low back protocol");
        for (Object[] row : rows) {
            assertEquals("PUBLISHED", row[0]);
            assertEquals(TESS, row[1]);
            assertEquals(TESS, row[2]);
        }
        long daily = rows.stream().filter(r -> ((Integer) r[3]) == 7).count();
        assertEquals(5, daily, "the core routine and both stretches are due every day");
        assertTrue(rows.stream().anyMatch(r -> r[4].equals("hamstring-stretch")), "a stretch for the hold timer");
    }

    @Inject
    org.motus.therapist.library.ExerciseService exercises;

    /** Issue 19 item 3: the demo library has a clinic exercise by tess with the video the build made with ffmpeg. */
    @Test
    void tessAddedAClinicExerciseWhoseDemonstrationIsTheBuildsVideo() {
        var exercise = exercises.get(java.util.UUID.fromString("de300000-0000-4000-8000-0000000e0001"));
        assertFalse(exercise.builtIn());
        assertEquals("Tess Therapist", exercise.madeBy());
        assertEquals("bridge", exercise.demonstration().illustrationUrl().replaceAll(".*/|\\.svg$", ""));
        org.junit.jupiter.api.Assumptions.assumeTrue(
                DemoDataTest.class.getClassLoader().getResource("demo/bridge-demonstration.webm") != null,
                "this build had no ffmpeg (CI installs it): no demo video to check");
        var upload = exercise.demonstration().upload();
        assertEquals("video/webm", upload.contentType());
        assertTrue(upload.sizeBytes() > 10_000, "a real video, " + upload.sizeBytes() + " bytes");
    }

    @Test
    void paulaHasNoPlan() throws SQLException {
        assertTrue(query("select id from plan where patient_id = ?::uuid", PAULA_RECORD)
                .isEmpty());
    }

    @Test
    void everyDayOfTheWeekHasSomethingDue() throws SQLException {
        List<Object[]> rows = query("""
                select i.days_per_week from plan p join plan_version v on v.plan_id = p.id
                  join plan_item i on i.version_id = v.id where p.patient_id = ?::uuid""", PAT_RECORD);
        assertFalse(rows.isEmpty());
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            assertTrue(
                    rows.stream().anyMatch(r -> Schedule.spread((Integer) r[0]).contains(day)),
                    "something due on " + day);
        }
    }

    private List<Object[]> query(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                List<Object[]> rows = new ArrayList<>();
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getObject(c + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }
}
