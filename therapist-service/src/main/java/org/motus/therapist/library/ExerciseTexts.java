package org.motus.therapist.library;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * An exercise's texts (name, steps, mistakes, contraindications) in the language of the screen a
 * request came from (its Accept-Language: the web app sends the language it shows), for what a
 * person reads: the library, today's routine, plans, protocols, the handout (issue 19 item 6).
 * The built-in library has Spanish and German (V12); anything without a translation, or whose
 * translation no longer has the English's number of steps, reads in English. Rules and logic
 * (the breathing cue, contraindication matching) keep reading the English on the entity.
 */
@ApplicationScoped
@Unremovable // looked up from the views' static factories, never injected
public class ExerciseTexts {

    /** The languages besides English that exercise texts come in. */
    static final List<String> LANGUAGES = List.of("es", "de");

    public record Texts(
            String name, List<String> instructions, List<String> commonMistakes, List<String> contraindications) {}

    /** Translations by language, then exercise: read once (they change only with a migration). */
    private volatile Map<String, Map<UUID, ExerciseText>> translations;

    /** The exercise's texts for the current request's reader. */
    public static Texts of(Exercise exercise) {
        return Arc.container().instance(ExerciseTexts.class).get().textsOf(exercise);
    }

    /** The exercise's texts in a language ({@code en}, {@code es}, {@code de}), whatever the request's. */
    public static Texts of(Exercise exercise, String language) {
        return Arc.container().instance(ExerciseTexts.class).get().in(exercise, language);
    }

    /** The exercise's name for the current request's reader. */
    public static String nameOf(Exercise exercise) {
        return of(exercise).name();
    }

    public Texts textsOf(Exercise exercise) {
        return in(exercise, requestLanguage());
    }

    Texts in(Exercise exercise, String language) {
        ExerciseText text = language == null
                ? null
                : translations().getOrDefault(language, Map.of()).get(exercise.id);
        if (text == null || !sameShape(text, exercise)) {
            return new Texts(
                    exercise.name,
                    List.copyOf(exercise.instructions),
                    List.copyOf(exercise.commonMistakes),
                    List.copyOf(exercise.contraindications));
        }
        return new Texts(
                text.name,
                List.copyOf(text.instructions),
                List.copyOf(text.commonMistakes),
                List.copyOf(text.contraindications));
    }

    private static boolean sameShape(ExerciseText text, Exercise exercise) {
        return text.instructions.size() == exercise.instructions.size()
                && text.commonMistakes.size() == exercise.commonMistakes.size()
                && text.contraindications.size() == exercise.contraindications.size();
    }

    private Map<String, Map<UUID, ExerciseText>> translations() {
        Map<String, Map<UUID, ExerciseText>> loaded = translations;
        if (loaded == null) {
            Map<String, Map<UUID, ExerciseText>> read = new HashMap<>();
            List<ExerciseText> rows =
                    QuarkusTransaction.requiringNew().call(() -> ExerciseText.<ExerciseText>listAll());
            for (ExerciseText row : rows) {
                read.computeIfAbsent(row.language, language -> new HashMap<>()).put(row.exerciseId, row);
            }
            loaded = Map.copyOf(read);
            translations = loaded;
        }
        return loaded;
    }

    /** The first language of the request's Accept-Language that exercise texts come in; null for English. */
    public static String requestLanguage() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        CurrentVertxRequest current =
                Arc.container().instance(CurrentVertxRequest.class).get();
        RoutingContext request = current == null ? null : current.getCurrent();
        return request == null ? null : languageOf(request.request().getHeader("Accept-Language"));
    }

    /** "es-MX,es;q=0.9" -> "es"; "en-GB" -> null (English); null, empty or malformed -> null. */
    static String languageOf(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return null;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String primary = range.getRange().split("-", 2)[0].toLowerCase(Locale.ROOT);
                if (primary.equals("en")) {
                    return null;
                }
                if (LANGUAGES.contains(primary)) {
                    return primary;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return null;
        }
        return null;
    }
}
