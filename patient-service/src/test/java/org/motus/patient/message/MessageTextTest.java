package org.motus.patient.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MessageTextTest {

    @Test
    void surroundingWhiteSpaceIsTrimmedAndInnerLineBreaksKept() {
        assertEquals("Hello\n\nTess", MessageText.clean("  \r\n Hello\r\n\r\nTess \t\n"));
    }

    @Test
    void controlCharactersOtherThanLineBreaksAreRemoved() {
        assertEquals("ab\ncd", MessageText.clean("a\u0000b\u0007\n\u001bc\u007f\u009bd"));
        assertEquals("tabs go", MessageText.clean("tabs\t go"));
        assertEquals("", MessageText.clean("\u0000\u0001\t \n"));
        assertEquals("", MessageText.clean(null));
    }

    @Test
    void aLoneCarriageReturnIsALineBreak() {
        assertEquals("a\nb", MessageText.clean("a\rb"));
    }

    @Test
    void markupIsKeptAsTextForTheClientToShowAsText() {
        assertEquals("<b>hi</b>", MessageText.clean("<b>hi</b>"));
    }

    @Test
    void lengthCountsCodePointsNotUtf16Units() {
        String emoji = "\uD83D\uDE00";
        assertEquals(1, MessageText.length(emoji));
        assertEquals(4000, MessageText.length(emoji.repeat(4000)));
    }

    @Test
    void anAccentTypedAsTwoCodePointsIsComposedAndCountsOnce() {
        assertEquals("\u00e9a", MessageText.clean("e\u0301a"));
        assertEquals(2, MessageText.length(MessageText.clean("e\u0301a")));
    }
}
