package org.motus.patient.message;

import org.motus.problem.ProblemException;
import org.motus.problem.ProblemText;
import org.motus.problem.ProblemType;

/** An image over {@link ImageCleaner#MAX_BYTES}: 413. */
public class ImageTooLarge extends ProblemException {
    public ImageTooLarge(String detail) {
        super(ProblemType.PAYLOAD_TOO_LARGE, detail);
    }

    public ImageTooLarge(ProblemText text, Object... args) {
        super(ProblemType.PAYLOAD_TOO_LARGE, text, args);
    }
}
