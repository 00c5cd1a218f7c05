package org.motus.patient.language;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;

/** A message bundle in a person's language: their choice, else English. */
@ApplicationScoped
public class Texts {

    private final Languages languages;

    public Texts(Languages languages) {
        this.languages = languages;
    }

    public <T> T forPerson(Class<T> bundle, String subject) {
        return in(bundle, languages.of(subject));
    }

    public static <T> T in(Class<T> bundle, Language language) {
        return MessageBundles.get(bundle, Localized.Literal.of(language.tag()));
    }
}
