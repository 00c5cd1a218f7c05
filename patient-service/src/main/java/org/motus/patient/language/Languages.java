package org.motus.patient.language;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Who chose which language: read for every email, push and notification-centre line a person gets. */
@ApplicationScoped
public class Languages {

    private final Clock clock;

    public Languages(Clock clock) {
        this.clock = clock;
    }

    /** The language this person chose, if they chose one. */
    public Optional<Language> chosenBy(String subject) {
        return LanguagePreference.<LanguagePreference>findByIdOptional(subject).map(preference -> preference.language);
    }

    /** The language to write to this person in when no browser is at hand (an email, a push): their choice, else English. */
    public Language of(String subject) {
        return chosenBy(subject).orElse(Language.EN);
    }

    /** Chooses a language, or clears the choice ({@code null}: follow the browser again). */
    @Transactional
    public Optional<Language> choose(String subject, Language language) {
        LanguagePreference preference = LanguagePreference.findById(subject);
        if (language == null) {
            if (preference != null) {
                preference.delete();
            }
            return Optional.empty();
        }
        if (preference == null) {
            preference = new LanguagePreference();
            preference.subject = subject;
        }
        preference.language = language;
        preference.updatedAt = Instant.now(clock);
        preference.persist();
        return Optional.of(language);
    }
}
