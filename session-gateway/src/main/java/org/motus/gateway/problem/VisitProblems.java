package org.motus.gateway.problem;

import org.motus.problem.ProblemText;

/**
 * The problem details a patient meets when asking for or moving a visit, in English here and in
 * Spanish and German beside this enum ({@code VisitProblems_es.properties}, {@code _de}; ADR 0048).
 */
public enum VisitProblems implements ProblemText {
    SLOT_TAKEN("That time is not free (any more); pick one of the free times offered now."),
    NOT_A_FREE_TIME("That time is not one of your therapist''s free times; pick one of those offered."),
    PATIENT_BUSY("The patient already has a visit at that time; pick another time."),
    NO_THERAPIST_TAKING_REQUESTS("No therapist {0} of your care team takes visit requests."),
    NO_RECORD_OF_YOURS("No patient record of yours."),
    NO_VISIT("No visit {0}.");

    private final String english;

    VisitProblems(String english) {
        this.english = english;
    }

    @Override
    public String english() {
        return english;
    }
}
