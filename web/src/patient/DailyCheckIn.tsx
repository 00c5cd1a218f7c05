import { useState } from 'preact/hooks';
import { newIdempotencyKey, type Advice, type CheckIn, type RedFlag } from '../api/patients.ts';
import { useDraft } from './drafts/useDraft.ts';
import { NoteField } from './NoteField.tsx';
import { PainScale } from './PainScale.tsx';
import { RedFlagQuestions } from './RedFlagQuestions.tsx';
import { offlineEmergencyAdvice } from './redFlags.ts';
import { ServerAdvice, type AdviceSource } from './ServerAdvice.tsx';
import { answerWaitMs, redFlagWaitMs, usePatient } from './usePatient.ts';
import { t } from '../i18n/i18n.ts';

interface Outcome {
  saved: string | null;
  problem: string | null;
  advice: Advice[];
  /** Whose words the advice is (ours only while the answers are not on the server). */
  source: AdviceSource;
}

const none: Outcome = { saved: null, problem: null, advice: [], source: 'server' };
export const redFlagsMissing = () =>
  t('Please answer the questions about warning signs: tick each one you have had, or "None of these".');

/** What the form holds; kept as a draft over a reload until it is saved. */
interface CheckInFields {
  pain: number | null;
  flags: RedFlag[] | null;
  note: string;
}
const emptyFields: CheckInFields = { pain: null, flags: null, note: '' };
const isEmpty = (f: CheckInFields) => f.pain === null && f.flags === null && f.note === '';

function restored(kept: unknown): CheckInFields | null {
  if (typeof kept !== 'object' || kept === null) return null;
  const k = kept as Partial<CheckInFields>;
  return {
    pain: typeof k.pain === 'number' && k.pain >= 0 && k.pain <= 10 ? k.pain : null,
    flags: Array.isArray(k.flags) ? k.flags : null,
    note: typeof k.note === 'string' ? k.note : '',
  };
}

/** A standalone daily pain reading (DAILY check-in) with the red-flag questions (rule 16) and a note. */
export function DailyCheckIn() {
  const patient = usePatient();
  const [fields, setFields] = useState<CheckInFields>(emptyFields);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(none);
  const draftState = useDraft(
    patient.record.subject,
    'daily-check-in',
    fields,
    (kept) => setFields((f) => restored(kept) ?? f),
    isEmpty,
  );
  const { pain, flags, note } = fields;
  const set = (change: Partial<CheckInFields>) => setFields((f) => ({ ...f, ...change }));

  const submit = async (event: Event) => {
    event.preventDefault();
    if (pain === null || busy) return;
    if (flags === null) {
      setOutcome({ ...none, problem: redFlagsMissing() });
      return;
    }
    setBusy(true);
    setOutcome(none);
    const [chosen, yes] = [pain, flags];
    try {
      const delivery = await patient.send(
        {
          kind: 'check-in',
          key: newIdempotencyKey(),
          patientId: patient.record.id,
          label:
            yes.length > 0
              ? t('Pain today: {pain} out of 10, with warning signs', { pain: chosen })
              : t('Pain today: {pain} out of 10', { pain: chosen }),
          body: {
            kind: 'DAILY',
            pain: chosen,
            redFlags: yes,
            ...(note.trim() ? { note } : {}),
            occurredAt: new Date().toISOString(),
          },
        },
        yes.length > 0 ? redFlagWaitMs : answerWaitMs,
      );
      if (delivery.state === 'delivered') {
        const answer = delivery.answer as Partial<CheckIn> | undefined;
        setOutcome({
          ...none,
          saved: t('Thank you. Your pain today, {pain} out of 10, is saved.', { pain: chosen }),
          advice: answer?.advice ?? [],
        });
      } else {
        // Not on the server (offline, or refused): a "yes" still gets the emergency wording at once.
        setOutcome({
          saved:
            delivery.state === 'waiting'
              ? t(
                  'Your pain today, {pain} out of 10, is saved on this phone and is sent as soon as Motus can be reached.',
                  { pain: chosen },
                )
              : null,
          problem: delivery.state === 'refused' ? delivery.message : null,
          advice: offlineEmergencyAdvice(yes),
          source: delivery.state,
        });
      }
      // Saved (on the server or on the phone): the form starts over and its draft goes.
      if (delivery.state !== 'refused') setFields(emptyFields);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="card daily-check-in"
      id="daily-check-in"
      aria-labelledby="daily-check-in-heading"
      data-draft={draftState}
      onSubmit={submit}
    >
      <h2 id="daily-check-in-heading">{t('How is your pain today?')}</h2>
      <PainScale
        name="daily-pain"
        legend={t('Your pain right now, from 0 (none) to 10 (worst)')}
        value={pain}
        onChange={(v) => set({ pain: v })}
        required
      />
      <RedFlagQuestions
        name="daily"
        value={flags}
        onChange={(v) => set({ flags: v })}
        errorId={outcome.problem ? 'daily-problem' : undefined}
      />
      <NoteField id="daily-note" value={note} onChange={(v) => set({ note: v })} />
      {outcome.problem && (
        <p class="form-problem" role="alert" id="daily-problem">
          {outcome.problem}
        </p>
      )}
      <button
        type="submit"
        class="button button-primary"
        data-testid="daily-check-in-submit"
        disabled={pain === null || busy}
      >
        {t('Save my pain')}
      </button>
      <p role="status" id="check-in-saved" class="saved">
        {outcome.saved}
      </p>
      <ServerAdvice advice={outcome.advice} context="daily" source={outcome.source} />
    </form>
  );
}
