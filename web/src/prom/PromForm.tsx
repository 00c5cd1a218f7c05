import { useState } from 'preact/hooks';
import { ApiError } from '../api/http.ts';
import { newIdempotencyKey } from '../api/patients.ts';
import { answerProm, instrumentNames, pegItems, type DueProm, type PromResponse } from '../api/proms.ts';
import { useDraft } from '../patient/drafts/useDraft.ts';
import {
  emptyDraft,
  isEmptyDraft,
  itemComplete,
  psfsMax,
  restoredDraft,
  toRequest,
  type PromDraft,
} from './promForm.ts';
import './prom.css';
import { t } from '../i18n/i18n.ts';

interface Props {
  patientId: string;
  /** The signed-in patient's subject: whose draft this is. */
  subject: string;
  due: DueProm;
  onDone: (response: PromResponse) => void;
}

/** A 0-10 rating as eleven radio buttons with the two ends named. */
function Rating(props: {
  name: string;
  legend: string;
  low: string;
  high: string;
  value: number | null;
  onChange: (v: number) => void;
}) {
  return (
    <fieldset class="prom-rating" data-rating={props.name}>
      <legend>{props.legend}</legend>
      <div class="prom-rating__options">
        {Array.from({ length: 11 }, (_, v) => (
          <label class={`prom-rating__option${props.value === v ? ' is-chosen' : ''}`} key={v}>
            <input
              type="radio"
              name={props.name}
              value={v}
              checked={props.value === v}
              onChange={() => props.onChange(v)}
            />
            <span>{v}</span>
          </label>
        ))}
      </div>
      <p class="prom-rating__ends">
        <span>0 = {props.low}</span>
        <span>10 = {props.high}</span>
      </p>
    </fieldset>
  );
}

/**
 * The patient answers a due PROM, one question a screen (a phone shows one at a time); the answers
 * are kept as a draft, so a reload or a later visit resumes where they left off. The server scores it.
 */
export function PromForm({ patientId, subject, due, onDone }: Props) {
  const instrument = due.instrument;
  const [draft, setDraft] = useState<PromDraft>(() => emptyDraft(instrument));
  const [key] = useState(newIdempotencyKey);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  useDraft(subject, 'prom', draft, (kept) => setDraft((d) => restoredDraft(kept, instrument) ?? d), isEmptyDraft);

  const { step, items } = draft;
  const last = step === items.length - 1;
  const setItem = (change: Partial<{ item: string; value: number | null }>) =>
    setDraft((d) => ({ ...d, items: d.items.map((it, i) => (i === d.step ? { ...it, ...change } : it)) }));
  const go = (to: number) => setDraft((d) => ({ ...d, step: to }));

  const submit = async (event: Event) => {
    event.preventDefault();
    const answer = toRequest(draft);
    if (!answer || busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const saved = await answerProm(patientId, answer, key);
      setDraft(emptyDraft(instrument));
      onDone(saved);
    } catch (error) {
      setProblem(
        error instanceof ApiError
          ? (error.problem.detail ?? error.problem.title)
          : t('Could not send it: try again when you are online.'),
      );
    } finally {
      setBusy(false);
    }
  };

  const peg = instrument === 'PEG_3' ? pegItems[step] : undefined;
  return (
    <form class="card prom-form" id={`prom-${instrument}`} onSubmit={submit} aria-label={instrumentNames[instrument]}>
      <h2>{instrumentNames[instrument]}</h2>
      <p class="prom-form__progress" data-field="progress">
        {t('Question {number} of {count}', { number: step + 1, count: items.length })}
      </p>
      {peg ? (
        <Rating
          name={`peg-${peg.item}`}
          legend={peg.question}
          low={peg.low}
          high={peg.high}
          value={items[step]?.value ?? null}
          onChange={(value) => setItem({ value })}
        />
      ) : (
        <>
          <label class="prom-form__activity">
            {t('An activity you find hard because of your problem')}
            <input
              type="text"
              name="activity"
              maxLength={200}
              value={items[step]?.item ?? ''}
              onInput={(e) => setItem({ item: (e.target as HTMLInputElement).value })}
            />
          </label>
          <Rating
            name={`psfs-${step}`}
            legend={t('How well can you do it now?')}
            low={t('Unable to do it')}
            high={t('As well as before the problem')}
            value={items[step]?.value ?? null}
            onChange={(value) => setItem({ value })}
          />
        </>
      )}
      <div class="prom-form__nav">
        {step > 0 && (
          <button type="button" class="button" data-action="back" onClick={() => go(step - 1)}>
            {t('Back')}
          </button>
        )}
        {!last && (
          <button
            type="button"
            class="button"
            data-action="next"
            disabled={!itemComplete(draft, step)}
            onClick={() => go(step + 1)}
          >
            {t('Next')}
          </button>
        )}
        {last && instrument === 'PSFS' && items.length < psfsMax && (
          <button
            type="button"
            class="button"
            data-action="add-activity"
            disabled={!itemComplete(draft, step)}
            onClick={() =>
              setDraft((d) => ({ ...d, items: [...d.items, { item: '', value: null }], step: d.items.length }))
            }
          >
            {t('Add another activity')}
          </button>
        )}
        {last && (
          <button
            type="submit"
            class="button button--primary"
            data-action="send"
            disabled={busy || toRequest(draft) === null}
          >
            {t('Send')}
          </button>
        )}
      </div>
      {problem && (
        <p role="alert" class="prom-form__problem">
          {problem}
        </p>
      )}
    </form>
  );
}
