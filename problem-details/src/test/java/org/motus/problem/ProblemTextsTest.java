package org.motus.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.motus.problem.testing.TranslatedProblemTexts;

/** Problem titles and the shared details in the reader's language (ADR 0048). */
class ProblemTextsTest {

    @Test
    void everyTitleAndSharedDetailIsTranslated() {
        TranslatedProblemTexts.check(ProblemType.class);
        TranslatedProblemTexts.check(GenericProblem.class);
    }

    @Test
    void theReaderIsTheFirstLanguageMotusSpeaksElseEnglish() {
        assertEquals(Locale.forLanguageTag("es"), ReaderLanguage.of("fr-FR,es-MX;q=0.9,en;q=0.5"));
        assertEquals(Locale.forLanguageTag("de"), ReaderLanguage.of("de-AT"));
        assertEquals(Locale.ENGLISH, ReaderLanguage.of("en-GB,de;q=0.9"));
        assertEquals(Locale.forLanguageTag("de"), ReaderLanguage.of("es;q=0.2,de;q=0.8"));
        assertEquals(Locale.ENGLISH, ReaderLanguage.of("fr"));
        assertEquals(Locale.ENGLISH, ReaderLanguage.of((String) null));
        assertEquals(Locale.ENGLISH, ReaderLanguage.of(";;;q=x"));
        assertEquals(Locale.ENGLISH, ReaderLanguage.of(List.of()));
    }

    @Test
    void aDetailIsFormattedInTheReadersLanguageWithTheSameArguments() {
        Locale es = Locale.forLanguageTag("es");
        Locale de = Locale.forLanguageTag("de");
        assertEquals(
                "The request has 1 invalid field.",
                ProblemTexts.format(GenericProblem.INVALID_FIELDS, Locale.ENGLISH, 1));
        assertEquals(
                "The request has 3 invalid fields.",
                ProblemTexts.format(GenericProblem.INVALID_FIELDS, Locale.ENGLISH, 3));
        assertEquals(
                "La solicitud tiene 2 campos no válidos.", ProblemTexts.format(GenericProblem.INVALID_FIELDS, es, 2));
        assertEquals("Die Anfrage hat 1 ungültiges Feld.", ProblemTexts.format(GenericProblem.INVALID_FIELDS, de, 1));
        assertTrue(ProblemTexts.format(GenericProblem.UNEXPECTED, de, "abc-123").contains("abc-123"));
        assertEquals("No encontrado", ProblemType.NOT_FOUND.title(es));
        assertEquals("Not found", ProblemType.NOT_FOUND.title(Locale.forLanguageTag("fr")));
    }

    @Test
    void anExceptionKeepsItsEnglishMessageForTheLogAndTellsTheReaderInTheirs() {
        NotFound e = new NotFound(GenericProblem.MUST_BE_A, "UUID");
        assertEquals("must be a UUID", e.getMessage());
        assertEquals("debe ser de tipo UUID", e.detail(Locale.forLanguageTag("es")));
        assertEquals("plain", new Conflict("plain").detail(Locale.forLanguageTag("de")));
    }
}
