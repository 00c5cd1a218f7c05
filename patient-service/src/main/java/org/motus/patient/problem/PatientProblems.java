package org.motus.patient.problem;

import org.motus.problem.ProblemText;

/**
 * The problem details a patient can meet in patient-service, in English here and in Spanish and
 * German beside this enum ({@code PatientProblems_es.properties}, {@code _de}; ADR 0048): what a
 * check-in, a message or a consent decision answers when it cannot be taken. Details only staff
 * or API clients meet stay English. Arguments are already words (times in the patient's zone).
 */
public enum PatientProblems implements ProblemText {
    FOLLOW_UP_BEFORE_SESSION_END("A follow-up cannot be dated before the session ended ({0})."),
    FOLLOW_UP_TOO_EARLY("The follow-up opens at {0}: rate your pain between 1 h 30 min and 4 h after the session."),
    FOLLOW_UP_TOO_EARLY_IN("The follow-up opens at {0} (in {1,number,integer} minutes): "
            + "rate your pain between 1 h 30 min and 4 h after the session."),
    FOLLOW_UP_NOT_BEFORE("must not be before {0}"),
    CHECK_IN_EXISTS("This session has a {0} check-in already."),
    NO_PATIENT("No patient {0}."),
    NO_SESSION("No session {0}."),
    RECORD_DISCHARGED("This patient was discharged: the record is read-only until it is reactivated."),
    CONSENT_TEXT_CHANGED("The {0} consent text in force is version {1}, not {2}: read it again before deciding."),
    IMAGE_NOT_YOURS("No image {0} uploaded by you to this thread."),
    IMAGE_SENT_ALREADY("This image was sent already: upload it again to send it twice."),
    IMAGE_NOT_JPEG_OR_PNG("Attach a JPEG or PNG image; these bytes are neither."),
    IMAGE_EMPTY("The upload is empty: attach a JPEG or PNG image."),
    IMAGE_TOO_LARGE("An image is at most 5 MiB ({0} bytes); this one has {1}."),
    DUPLICATE("This would duplicate something already recorded.");

    private final String english;

    PatientProblems(String english) {
        this.english = english;
    }

    @Override
    public String english() {
        return english;
    }
}
