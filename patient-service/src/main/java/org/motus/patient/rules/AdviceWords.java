package org.motus.patient.rules;

import java.util.Locale;

/**
 * What the patient is told after a session, a follow-up or a red flag, in each language Motus
 * speaks (issue 19 item 6). One constant per language, each with every text: a language missing a
 * text does not compile. English is the source; the words say the same in each language, with the
 * same numbers (AdviceWordsTest pins that).
 */
public enum AdviceWords {
    EN {
        @Override
        String heartRateAboveCap(int capBpm) {
            return "Your heart rate went above the safe limit of " + capBpm + " bpm set for you. Slow down next time"
                    + " and keep it below " + capBpm + " bpm. Your therapist has been told.";
        }

        @Override
        String aboveCeiling(int worstPain, int ceiling) {
            return "Your pain during or right after the session reached " + worstPain + "/10, above your ceiling of "
                    + ceiling + "/10. ";
        }

        @Override
        String notBackAtFollowUp() {
            return "Your pain was not back to its level before the session at the follow-up. ";
        }

        @Override
        String makeItLighter() {
            return "Next time make it lighter: less load, shorter holds or a shorter duration. Keep the same number"
                    + " of sessions.";
        }

        @Override
        String slowDownHeartRate(int zoneHighBpm) {
            return "Your average heart rate was above the target zone of this exercise (up to " + zoneHighBpm
                    + " bpm). Ease off to stay in the zone.";
        }

        @Override
        String followUpLate() {
            return "Your follow-up came after the window closed, so this session's two-hour check is not assessed."
                    + " Next time rate your pain about 2 hours after the session (between 1 h 30 min and 4 h).";
        }

        @Override
        String recordFollowUp(String due, String opens, String closes) {
            return "Rate your pain again at " + due + " (between " + opens + " and " + closes + ").";
        }

        @Override
        String keepGoing() {
            return "Well done. Keep going as prescribed.";
        }

        @Override
        String callEmergency(String number) {
            return "Stop the programme now and call the emergency number " + number + ". Your answers can be a sign"
                    + " of a serious problem that needs care straight away. This app is not for emergencies.";
        }

        @Override
        String seekUrgentCare(String number) {
            return "Stop the programme and get urgent medical care today (your GP or an urgent care centre), and tell"
                    + " your therapist. If it gets worse, call " + number + ".";
        }
    },
    ES {
        @Override
        String heartRateAboveCap(int capBpm) {
            return "Su frecuencia cardiaca superó el límite seguro de " + capBpm + " lpm fijado para usted. La próxima"
                    + " vez vaya más despacio y manténgala por debajo de " + capBpm + " lpm. Su terapeuta ya lo sabe.";
        }

        @Override
        String aboveCeiling(int worstPain, int ceiling) {
            return "Su dolor durante la sesión o justo después llegó a " + worstPain
                    + "/10, por encima de su límite de " + ceiling + "/10. ";
        }

        @Override
        String notBackAtFollowUp() {
            return "En el control posterior, su dolor no había vuelto al nivel de antes de la sesión. ";
        }

        @Override
        String makeItLighter() {
            return "La próxima vez hágalo más suave: menos carga, mantenimientos más cortos o menos duración. Mantenga"
                    + " el mismo número de sesiones.";
        }

        @Override
        String slowDownHeartRate(int zoneHighBpm) {
            return "Su frecuencia cardiaca media superó la zona objetivo de este ejercicio (hasta " + zoneHighBpm
                    + " lpm). Baje el ritmo para quedarse en la zona.";
        }

        @Override
        String followUpLate() {
            return "Su control llegó después de cerrarse el plazo, así que no se evalúa el control de dos horas de esta"
                    + " sesión. La próxima vez valore su dolor unas 2 horas después de la sesión (entre 1 h 30 min y"
                    + " 4 h).";
        }

        @Override
        String recordFollowUp(String due, String opens, String closes) {
            return "Vuelva a valorar su dolor a las " + due + " (entre las " + opens + " y las " + closes + ").";
        }

        @Override
        String keepGoing() {
            return "Muy bien. Siga como se le indicó.";
        }

        @Override
        String callEmergency(String number) {
            return "Detenga el programa ahora y llame al número de emergencias " + number + ". Sus respuestas pueden"
                    + " ser señal de un problema grave que necesita atención inmediata. Esta aplicación no es para"
                    + " emergencias.";
        }

        @Override
        String seekUrgentCare(String number) {
            return "Detenga el programa y busque atención médica urgente hoy (su médico de cabecera o un centro de"
                    + " urgencias), y avise a su terapeuta. Si empeora, llame al " + number + ".";
        }
    },
    DE {
        @Override
        String heartRateAboveCap(int capBpm) {
            return "Ihre Herzfrequenz lag über der für Sie festgelegten sicheren Grenze von " + capBpm + " Schlägen"
                    + " pro Minute. Machen Sie nächstes Mal langsamer und bleiben Sie unter " + capBpm + " Schlägen"
                    + " pro Minute. Ihre Therapeutin oder Ihr Therapeut ist informiert.";
        }

        @Override
        String aboveCeiling(int worstPain, int ceiling) {
            return "Ihr Schmerz während oder direkt nach der Einheit erreichte " + worstPain + "/10, über Ihrer Grenze"
                    + " von " + ceiling + "/10. ";
        }

        @Override
        String notBackAtFollowUp() {
            return "Bei der Nachkontrolle war Ihr Schmerz nicht auf den Stand vor der Einheit zurückgegangen. ";
        }

        @Override
        String makeItLighter() {
            return "Machen Sie es nächstes Mal leichter: weniger Gewicht, kürzeres Halten oder kürzere Dauer. Behalten"
                    + " Sie die Zahl der Einheiten bei.";
        }

        @Override
        String slowDownHeartRate(int zoneHighBpm) {
            return "Ihre durchschnittliche Herzfrequenz lag über dem Zielbereich dieser Übung (bis " + zoneHighBpm
                    + " Schläge pro Minute). Nehmen Sie das Tempo heraus, um im Bereich zu bleiben.";
        }

        @Override
        String followUpLate() {
            return "Ihre Nachkontrolle kam nach Ende des Zeitfensters, daher wird die Zwei-Stunden-Kontrolle dieser"
                    + " Einheit nicht bewertet. Bewerten Sie Ihren Schmerz nächstes Mal etwa 2 Stunden nach der Einheit"
                    + " (zwischen 1 h 30 min und 4 h).";
        }

        @Override
        String recordFollowUp(String due, String opens, String closes) {
            return "Bewerten Sie Ihren Schmerz um " + due + " erneut (zwischen " + opens + " und " + closes + ").";
        }

        @Override
        String keepGoing() {
            return "Gut gemacht. Machen Sie weiter wie verordnet.";
        }

        @Override
        String callEmergency(String number) {
            return "Beenden Sie das Programm sofort und rufen Sie den Notruf " + number + " an. Ihre Antworten können"
                    + " auf ein ernstes Problem hinweisen, das sofort behandelt werden muss. Diese App ist nicht für"
                    + " Notfälle gedacht.";
        }

        @Override
        String seekUrgentCare(String number) {
            return "Beenden Sie das Programm und holen Sie sich heute dringend ärztliche Hilfe (Hausarztpraxis oder"
                    + " Notfallpraxis), und sagen Sie es Ihrer Therapeutin oder Ihrem Therapeuten. Wenn es schlimmer"
                    + " wird, rufen Sie " + number + " an.";
        }
    };

    abstract String heartRateAboveCap(int capBpm);

    /** The first sentence of REDUCE_INTENSITY when the pain went above the ceiling (ends with a space). */
    abstract String aboveCeiling(int worstPain, int ceiling);

    /** The first sentence of REDUCE_INTENSITY when the pain was not back at the follow-up (ends with a space). */
    abstract String notBackAtFollowUp();

    abstract String makeItLighter();

    abstract String slowDownHeartRate(int zoneHighBpm);

    abstract String followUpLate();

    abstract String recordFollowUp(String due, String opens, String closes);

    abstract String keepGoing();

    abstract String callEmergency(String number);

    abstract String seekUrgentCare(String number);

    /**
     * The words for the first language of an Accept-Language header Motus speaks (`es-MX,es;q=0.9`
     * -> ES); English for none, an empty or a malformed header.
     */
    public static AdviceWords forAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return EN;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String primary = range.getRange().split("-", 2)[0];
                for (AdviceWords words : values()) {
                    if (words.name().equalsIgnoreCase(primary)) {
                        return words;
                    }
                }
            }
        } catch (IllegalArgumentException malformed) {
            return EN;
        }
        return EN;
    }
}
