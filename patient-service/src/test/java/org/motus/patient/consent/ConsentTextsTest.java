package org.motus.patient.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConsentTextsTest {

    @Test
    void everyKindHasATextInForceThatSaysMotusIsNotForEmergencies() {
        ConsentTexts texts = new ConsentTexts();
        for (ConsentKind kind : ConsentKind.values()) {
            ConsentText text = texts.current(kind);
            assertEquals(ConsentTexts.CURRENT.get(kind), text.version());
            assertTrue(text.text().contains("Motus is not for emergencies."), kind + " names emergencies");
            assertTrue(text.sha256().matches("^[0-9a-f]{64}$"));
        }
        assertNotEquals(
                texts.current(ConsentKind.TELEHEALTH).sha256(),
                texts.current(ConsentKind.REMOTE_MONITORING).sha256());
    }

    /** Decisions name a version: new words need a new version (a new file), or stored decisions lose their proof. */
    @Test
    void theWordsOfAPublishedVersionNeverChange() {
        ConsentText text = ConsentTexts.read(ConsentKind.TELEHEALTH, "2026-12-01");
        assertEquals("38bf654007214565c8a31520355ee4e7dd14f98d7f4fcac0a8fface2d1e41364", text.sha256());
    }

    @Test
    void aVersionWithoutItsFileFailsAtStartRatherThanShowingNoText() {
        assertThrows(IllegalStateException.class, () -> ConsentTexts.read(ConsentKind.TELEHEALTH, "1999-01-01"));
    }

    @Test
    void theBrowserIsKeptWithoutControlCharactersAndCutTo300Characters() {
        assertEquals(null, ConsentService.client(null));
        assertEquals(null, ConsentService.client(" \t "));
        assertEquals("a b", ConsentService.client("a\nb"));
        assertEquals(300, ConsentService.client("x".repeat(400)).length());
    }
}
