package org.motus.gateway.patients;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motus.gateway.access.Caller;
import org.motus.gateway.testing.FakePatients;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.gateway.testing.Person;
import org.motus.localpostgres.PostgresTestResource;

/** Which patient record a patient is: asked of patient-service once, then remembered (quarkus-cache). */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
@WithTestResource(PostgresTestResource.class)
class PatientDirectoryTest {

    @Inject
    PatientDirectory directory;

    private static Caller patient(Person person) {
        return new Caller(
                person.subject(),
                person.name(),
                Set.of(Caller.PATIENT),
                person.issueTokens().accessToken());
    }

    @Test
    void aPatientsRecordIdIsAskedForOnceAndThenRemembered() {
        Person rita = Person.patient("rita", "Rita", "Remembered");
        UUID id = FakePatients.patient(rita);
        assertThat(directory.patientIdOf(patient(rita)), equalTo(Optional.of(id)));
        assertThat(directory.patientIdOf(patient(rita)), equalTo(Optional.of(id)));
        assertThat(FakePatients.meCalls(rita), equalTo(1));
    }

    @Test
    void aPatientWithoutARecordYetIsAskedAgainUntilTheRecordExists() {
        Person nora = Person.patient("nora", "Nora", "New");
        FakePatients.known(nora);
        assertThat(directory.patientIdOf(patient(nora)), equalTo(Optional.empty()));
        assertThat(directory.patientIdOf(patient(nora)), equalTo(Optional.empty()));
        assertThat(FakePatients.meCalls(nora), equalTo(2));
        UUID id = FakePatients.patient(nora);
        assertThat(directory.patientIdOf(patient(nora)), equalTo(Optional.of(id)));
        assertThat(FakePatients.meCalls(nora), equalTo(3));
    }
}
