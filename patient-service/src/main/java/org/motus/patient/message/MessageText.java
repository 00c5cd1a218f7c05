package org.motus.patient.message;

import java.text.Normalizer;

/**
 * A message's text as it is stored: line breaks made {@code \n}, every other control character
 * (C0, DEL, C1) removed, surrounding white space trimmed; at most {@link #MAX_CODE_POINTS} code
 * points (an emoji counts as one, as a reader sees it). The web renders it as text, never HTML.
 */
public final class MessageText {

    public static final int MAX_CODE_POINTS = 4000;

    private MessageText() {}

    /** The cleaned text; empty for null or nothing but white space and control characters. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.normalize(raw.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\n' || !Character.isISOControl(c)).forEach(kept::appendCodePoint);
        return kept.toString().strip();
    }

    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
