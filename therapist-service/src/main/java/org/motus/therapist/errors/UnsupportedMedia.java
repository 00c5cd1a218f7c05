package org.motus.therapist.errors;

import org.motus.problem.ProblemException;
import org.motus.problem.ProblemType;

/** An upload whose type is not accepted, or whose bytes are not what it claims to be (415). */
public class UnsupportedMedia extends ProblemException {
    public UnsupportedMedia(String detail) {
        super(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail);
    }
}
