package org.motus.patient.message;

import org.motus.problem.ProblemException;
import org.motus.problem.ProblemText;
import org.motus.problem.ProblemType;

/** An upload that is not a JPEG or PNG image we can read: 415. */
public class ImageRefused extends ProblemException {
    public ImageRefused(String detail) {
        super(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail);
    }

    public ImageRefused(ProblemText text, Object... args) {
        super(ProblemType.UNSUPPORTED_MEDIA_TYPE, text, args);
    }
}
