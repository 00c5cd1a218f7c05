package org.motus.therapist.handout;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What the printed handout says around the exercises, in English here and in Spanish and German in
 * {@code messages/handout_es.properties} and {@code _de.properties} (a test fails when one misses a
 * key or a parameter). The clinical rules' numbers arrive as parameters, so every language prints
 * the same ceiling, hold and heart rate (clinical-rules.md §3, 13, 14, 16). No text starts or ends
 * with a space: the PDF puts the spaces between label and text.
 */
@MessageBundle(value = "handout", locale = "en")
public interface HandoutTexts {

    @Message("For {name}.")
    String forPatient(String name);

    @Message("Plan version {version}.")
    String version(int version);

    @Message("Plan version {version}, published {date}.")
    String versionPublished(int version, String date);

    @Message("Pain during exercise:")
    String painLabel();

    @Message("up to {ceiling} out of 10 during and right after exercise is fine. "
            + "It should be back to your usual level within 2 hours. "
            + "If it is not, tell your therapist: next time do it lighter or shorter, not less often.")
    String painRule(int ceiling);

    @Message("This handout and the Motus app are not for emergencies. In an emergency call {number}.")
    String notForEmergencies(String number);

    @Message("No date of birth on the record: heart-rate targets cannot be computed.")
    String noDateOfBirth();

    @Message("Your estimated maximum heart rate is {bpm} beats per minute (Tanaka: 208 - 0.7 x age in years, rounded).")
    String maxHeartRate(int bpm);

    @Message("Stay below {percent} % of it: about {bpm} beats per minute.")
    String heartRateCap(int percent, int bpm);

    @Message("Stop the programme and call {number} (emergency services) now")
    String emergencyLabel(String number);

    @Message("if you have chest pain, unusual breathlessness, fainting or palpitations during exercise, "
            + "or numbness between your legs or around your bottom, or new trouble controlling your bladder or bowel.")
    String emergencySigns();

    @Message("Stop the programme and get urgent medical care today")
    String urgentLabel();

    @Message("(your GP or an urgent care service; also tell your therapist) if you have new or worsening weakness or "
            + "numbness in a leg, fever or feel unwell with back pain, weight loss you cannot explain, night pain that "
            + "rest or changing position does not ease, or a fall or injury.")
    String urgentSigns();

    @Message("This handout does not replace care from your therapist. "
            + "It follows your plan only: for anything else, ask your therapist.")
    String closing();

    @Message("What to do:")
    String whatToDo();

    @Message("When:")
    String when();

    @Message("How:")
    String how();

    @Message("Watch out for:")
    String watchOutFor();

    @Message("When not to do it:")
    String whenNot();

    @Message("From your therapist:")
    String fromTherapist();

    @Message("Motus - page {page}")
    String page(int page);

    @Message("Exercise: aerobic")
    String aerobic();

    @Message("Exercise: strength")
    String strength();

    @Message("Stretching")
    String stretching();

    @Message("Restoration: movement retraining")
    String restoration();

    // The dosage in words (DosageText).

    @Message("Hold {seconds} seconds")
    String hold(int seconds);

    @Message("Hold {seconds} seconds, {times} times")
    String holdTimes(int seconds, int times);

    @Message("{reps} repetitions")
    String repetitions(int reps);

    @Message("{#if sets == 1}1 set{#else}{sets} sets{/if} of {reps} repetitions")
    String setsOfRepetitions(int sets, int reps);

    @Message("with {kg} kg")
    String load(String kg);

    @Message("{#if minutes == 1}1 minute{#else}{minutes} minutes{/if}")
    String minutes(int minutes);

    @Message("in {#if minutes == 1}1 minute{#else}{minutes} minutes{/if}")
    String inMinutes(int minutes);

    @Message("at {low}-{high} % of your maximum heart rate")
    String heartRateZone(int low, int high);

    @Message("(about {low}-{high} beats per minute)")
    String heartRateBpm(int low, int high);

    @Message("you can talk, but not sing")
    String talkNotSing();

    @Message("rest {seconds} seconds between")
    String restBetween(int seconds);

    @Message("Hold still, no bouncing; breathe in {inhale}, hold {hold}, out {exhale}")
    String breatheWithHold(int inhale, int hold, int exhale);

    /** Where the exercise says not to hold the breath (routine.BreathCue): the still phase is a pause. */
    @Message("Hold still, no bouncing; breathe in {inhale}, pause {hold}, out {exhale}")
    String breatheWithPause(int inhale, int hold, int exhale);

    @Message("Every day")
    String everyDay();

    @Message("{days}, {#if times == 1}once{#else if times == 2}twice{#else}{times} times{/if} a day.")
    String perDay(String days, int times);
}
