import { useState } from 'preact/hooks';
import { newIdempotencyKey, type Advice, type ExerciseSession } from '../api/patients.ts';
import type { TodayRoutine } from '../api/routine.ts';
import { redFlagsMissing } from './DailyCheckIn.tsx';
import { HeartRateFields } from './HeartRateFields.tsx';
import { NoteField } from './NoteField.tsx';
import { PainScale } from './PainScale.tsx';
import { RedFlagQuestions } from './RedFlagQuestions.tsx';
import { offlineEmergencyAdvice } from './redFlags.ts';
import { ServerAdvice, type AdviceSource } from './ServerAdvice.tsx';
import type { DraftState } from './drafts/useDraft.ts';
import {
  heartRateMax,
  heartRateMin,
  parseHeartRate,
  RecentSaves,
  sessionFingerprint,
  sessionItem,
  type SessionChange,
  type SessionDraft,
  type SessionFieldChange,
} from './sessionForm.ts';
import { answerWaitMs, redFlagWaitMs, usePatient } from './usePatient.ts';
import { t } from '../i18n/i18n.ts';

interface Result {
  problem: string | null;
  saved: string | null;
  advice: Advice[];
  source: AdviceSource;
}
const none: Result = { problem: null, saved: null, advice: [], source: 'server' };

interface Props {
  routine: TodayRoutine;
  /** The whole form's state (items' ticks and sets, the start, the fields), owned by Today. */
  draft: SessionDraft;
  draftState: DraftState;
  dispatch: (change: SessionChange) => void;
}

/** Sessions this page sent in the last minute: an identical second save is not sent again. */
const recentSaves = new RecentSaves();

/** "Save today's session": what was done, pain before/during/after, heart rate, red flags, a note. */
export function RecordSession({ routine, draft, draftState, dispatch }: Props) {
  const patient = usePatient();
  const { fields, progress, startedAt, micro } = draft;
  const change = (c: Exclude<SessionFieldChange, 'reset'>) => dispatch({ type: 'field', change: c });
  const [result, setResult] = useState<Result>(none);
  const [busy, setBusy] = useState(false);
  const doneItems = routine.items.filter((i) => progress[i.itemId]?.done);
  const ceiling = patient.record.activityCeiling?.painCeiling;
  const average = parseHeartRate(fields.averageHeartRate);
  const peak = parseHeartRate(fields.peakHeartRate);

  const problemOf = (): string | null => {
    if (doneItems.length === 0) return t('Tick "I did this today" on at least one exercise.');
    if (fields.before === null) return t('Choose your pain before the session.');
    if (average === null || peak === null)
      return t('A heart rate must be a whole number from {min} to {max} beats a minute.', {
        min: heartRateMin,
        max: heartRateMax,
      });
    if (fields.redFlags === null) return redFlagsMissing();
    return null;
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const problem = problemOf();
    if (problem || fields.before === null || fields.redFlags === null) {
      setResult({ ...none, problem });
      return;
    }
    const endedAt = new Date().toISOString();
    const yes = fields.redFlags;
    const body = {
      planId: routine.planId,
      planVersion: routine.version,
      startedAt: startedAt && startedAt <= endedAt ? startedAt : endedAt,
      endedAt,
      items: doneItems.map((item) => sessionItem(item, progress[item.itemId]!, micro)),
      painBefore: fields.before,
      ...(fields.during !== null ? { painDuringPeak: fields.during } : {}),
      ...(fields.after !== null ? { painAfter: fields.after } : {}),
      ...(average !== undefined && average !== null ? { averageHeartRateBpm: average } : {}),
      ...(peak !== undefined && peak !== null ? { peakHeartRateBpm: peak } : {}),
      redFlags: yes,
      ...(fields.note.trim() ? { note: fields.note } : {}),
    };
    const fingerprint = `${patient.record.id} ${sessionFingerprint(body)}`;
    if (recentSaves.isRepeat(fingerprint, Date.now())) {
      setResult({ ...none, saved: t('This session is already saved.') });
      dispatch({ type: 'reset' });
      return;
    }
    setResult(none);
    setBusy(true);
    try {
      const delivery = await patient.send(
        {
          kind: 'session',
          key: newIdempotencyKey(),
          patientId: patient.record.id,
          label: t('Session: {exercises}', { exercises: doneItems.map((i) => i.name).join(', ') }),
          body,
        },
        yes.length > 0 ? redFlagWaitMs : answerWaitMs,
      );
      if (delivery.state === 'delivered') {
        const answer = delivery.answer as Partial<ExerciseSession> | undefined;
        setResult({ ...none, saved: t('Your session is saved.'), advice: answer?.advice ?? [] });
      } else {
        setResult({
          problem: delivery.state === 'refused' ? delivery.message : null,
          saved:
            delivery.state === 'waiting'
              ? t('Your session is saved on this phone and is sent as soon as Motus can be reached.')
              : null,
          advice: offlineEmergencyAdvice(yes),
          source: delivery.state,
        });
      }
      // Saved (on the server or on the phone): the whole form starts over, ticks and timers too.
      if (delivery.state === 'refused') recentSaves.forget(fingerprint);
      else dispatch({ type: 'reset' });
    } catch (error) {
      recentSaves.forget(fingerprint);
      throw error;
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="card record-session"
      id="record-session"
      aria-labelledby="record-session-heading"
      data-draft={draftState}
      onSubmit={submit}
    >
      <h2 id="record-session-heading">{t("Save today's session")}</h2>
      <p>
        {doneItems.length === 0
          ? t('Tick the exercises you did, then tell us about your pain.')
          : t('You did: {exercises}.', { exercises: doneItems.map((i) => i.name).join(', ') })}
      </p>
      <PainScale
        name="pain-before"
        legend={t('Pain before you started')}
        value={fields.before}
        onChange={(v) => change({ field: 'before', value: v })}
        required
      />
      <PainScale
        name="pain-during"
        legend={t('Worst pain during the exercises')}
        value={fields.during}
        onChange={(v) => change({ field: 'during', value: v })}
        {...(ceiling !== undefined
          ? { hint: t('Your limit while exercising is {ceiling} out of 10.', { ceiling }) }
          : {})}
      />
      <PainScale
        name="pain-after"
        legend={t('Pain right after')}
        value={fields.after}
        onChange={(v) => change({ field: 'after', value: v })}
      />
      <HeartRateFields average={fields.averageHeartRate} peak={fields.peakHeartRate} onChange={change} />
      <RedFlagQuestions
        name="session"
        value={fields.redFlags}
        onChange={(v) => change({ field: 'redFlags', value: v })}
      />
      <NoteField id="session-note" value={fields.note} onChange={(v) => change({ field: 'note', value: v })} />
      {result.problem && (
        <p class="form-problem" role="alert">
          {result.problem}
        </p>
      )}
      <button
        type="submit"
        class="button button-primary"
        data-action="save-session"
        data-testid="session-submit"
        disabled={busy}
      >
        {t('Save my session')}
      </button>
      <p role="status" id="session-saved" class="saved">
        {result.saved}
      </p>
      <ServerAdvice advice={result.advice} context="session" source={result.source} />
    </form>
  );
}
