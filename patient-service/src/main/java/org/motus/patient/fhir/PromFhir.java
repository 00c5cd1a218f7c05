package org.motus.patient.fhir;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.motus.patient.prom.PromResponse;
import org.motus.patient.prom.score.Instrument;
import org.motus.patient.prom.score.PromScoring;

/**
 * The PROMs Motus scores (clinical-rules.md §19) as FHIR R4: one {@code Questionnaire} per
 * instrument, defined once here, and each stored response as a {@code QuestionnaireResponse}
 * with its score as a read-only item. Pure functions (no database, no CDI).
 *
 * <p>Codes: LOINC has no official code for PEG-3, and no LOINC code for PSFS was verified, so
 * neither Questionnaire carries a {@code code}; the PROMIS short forms, which do have LOINC panel
 * codes, are not served because Motus does not score them (their T-score tables are not yet
 * verified).
 */
public final class PromFhir {

    /** The canonical URL of an instrument's Questionnaire: this base plus its id. */
    public static final String CANONICAL_BASE = "urn:motus:fhir:Questionnaire:";

    public static final String VERSION = "1";

    /** The read-only item a response carries its score in. */
    public static final String SCORE = "score";

    private static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    private static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";
    private static final List<String> PEG_TEXT = List.of(
            "What number best describes your pain on average in the past week? (0 no pain - 10 pain as bad as you"
                    + " can imagine)",
            "What number best describes how, during the past week, pain has interfered with your enjoyment of life?"
                    + " (0 does not interfere - 10 completely interferes)",
            "What number best describes how, during the past week, pain has interfered with your general activity?"
                    + " (0 does not interfere - 10 completely interferes)");

    private PromFhir() {}

    /** The Questionnaire's logical id: psfs, peg-3. */
    public static String id(Instrument instrument) {
        return instrument.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static String canonical(Instrument instrument) {
        return CANONICAL_BASE + id(instrument);
    }

    public static Questionnaire questionnaire(Instrument instrument) {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setId(id(instrument));
        questionnaire.setUrl(canonical(instrument));
        questionnaire.setVersion(VERSION);
        questionnaire.setStatus(PublicationStatus.ACTIVE);
        questionnaire.addSubjectType("Patient");
        questionnaire.setPublisher("Motus");
        questionnaire.setDateElement(new DateTimeType("2026-12-04"));
        switch (instrument) {
            case PSFS -> {
                questionnaire.setName("PSFS");
                questionnaire.setTitle("Patient-Specific Functional Scale");
                questionnaire.setDescription("3 to 5 activities you find hard because of your problem, each rated 0"
                        + " (unable to perform) to 10 (able to perform at the level before the problem). Score:"
                        + " the mean of the ratings; a change of 2 points is clinically important (Stratford"
                        + " 1995; Abbott and Schmitt 2014).");
                for (int i = 1; i <= instrument.maxItems(); i++) {
                    QuestionnaireItemComponent activity = questionnaire
                            .addItem()
                            .setLinkId(activityId(i))
                            .setType(QuestionnaireItemType.GROUP)
                            .setText("Activity " + i)
                            .setRequired(i <= instrument.minItems());
                    activity.addItem()
                            .setLinkId(activityId(i) + ".name")
                            .setType(QuestionnaireItemType.STRING)
                            .setText("The activity")
                            .setRequired(true)
                            .setMaxLength(200);
                    rating(activity.addItem().setLinkId(activityId(i) + ".rating"), "How well you can do it now");
                }
            }
            case PEG_3 -> {
                questionnaire.setName("PEG3");
                questionnaire.setTitle("PEG: pain, enjoyment of life, general activity");
                questionnaire.setDescription("Three items rated 0-10; score: the mean of the three; lower is better"
                        + " (Krebs et al. 2009). No official LOINC code exists for PEG.");
                for (int i = 0; i < instrument.fixedItems().size(); i++) {
                    rating(
                            questionnaire
                                    .addItem()
                                    .setLinkId(instrument.fixedItems().get(i)),
                            PEG_TEXT.get(i));
                }
            }
        }
        questionnaire
                .addItem()
                .setLinkId(SCORE)
                .setType(QuestionnaireItemType.DECIMAL)
                .setText("Score (mean of the ratings, computed by Motus)")
                .setReadOnly(true);
        return questionnaire;
    }

    public static QuestionnaireResponse response(PromResponse stored) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setId(stored.id.toString());
        response.getMeta().setLastUpdated(Date.from(stored.recordedAt));
        response.setQuestionnaireElement(new CanonicalType(canonical(stored.instrument) + "|" + VERSION));
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        Reference patient = new Reference("Patient/" + stored.patientId);
        response.setSubject(patient);
        response.setAuthor(patient.copy());
        response.setSource(patient.copy());
        response.setAuthoredElement(new DateTimeType(Date.from(stored.answeredAt)));
        for (PromResponse.Answer answer : stored.answers) {
            if (stored.instrument == Instrument.PSFS) {
                QuestionnaireResponseItemComponent activity = response.addItem().setLinkId(activityId(answer.position));
                activity.addItem()
                        .setLinkId(activityId(answer.position) + ".name")
                        .addAnswer()
                        .setValue(new StringType(answer.item));
                activity.addItem()
                        .setLinkId(activityId(answer.position) + ".rating")
                        .addAnswer()
                        .setValue(new IntegerType(answer.value));
            } else {
                response.addItem().setLinkId(answer.item).addAnswer().setValue(new IntegerType(answer.value));
            }
        }
        response.addItem().setLinkId(SCORE).addAnswer().setValue(new DecimalType(stored.score));
        return response;
    }

    private static String activityId(int position) {
        return "activity-" + position;
    }

    private static void rating(QuestionnaireItemComponent item, String text) {
        item.setType(QuestionnaireItemType.INTEGER).setText(text).setRequired(true);
        item.addExtension(new Extension(MIN_VALUE, new IntegerType(PromScoring.MIN_VALUE)));
        item.addExtension(new Extension(MAX_VALUE, new IntegerType(PromScoring.MAX_VALUE)));
    }
}
