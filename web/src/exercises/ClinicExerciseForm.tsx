import { useState } from 'preact/hooks';
import {
  createExercise,
  fetchIllustrations,
  fetchRegions,
  updateExercise,
  type Exercise,
  type Pillar,
} from '../api/exercises.ts';
import { ApiError } from '../api/http.ts';
import { actionFailure } from '../loading/actionFailure.ts';
import { LoadFailure } from '../loading/LoadFailure.tsx';
import { useLoad } from '../loading/useLoad.ts';
import { draftOf, emptyForm, formOf, type ExerciseForm } from './clinicExercise.ts';
import { pillarName, regionName } from './wording.ts';
import { t } from '../i18n/i18n.ts';
import './exercises.css';

const pillars: Pillar[] = ['EXERCISE', 'STRETCHING', 'RESTORATION'];

interface Props {
  /** The clinic exercise to edit; a new one when absent. */
  exercise?: Exercise;
  onSaved: (exercise: Exercise) => void;
  onClose: () => void;
}

/** Add or edit one of the clinic's own exercises: type, body areas, steps, contraindications, default dosage. */
export function ClinicExerciseForm({ exercise, onSaved, onClose }: Props) {
  const [regions, retry] = useLoad(fetchRegions);
  const [drawings, retryDrawings] = useLoad(fetchIllustrations);
  const [form, setForm] = useState<ExerciseForm>(() => (exercise ? formOf(exercise) : emptyForm()));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = exercise ? `edit-${exercise.id}` : 'new-exercise';
  const set = <K extends keyof ExerciseForm>(key: K, value: ExerciseForm[K]) => setForm({ ...form, [key]: value });

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = draftOf(form);
    if ('problem' in result) {
      setError(result.problem);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onSaved(exercise ? await updateExercise(exercise.id, result.draft) : await createExercise(result.draft));
    } catch (failure) {
      const violations =
        failure instanceof ApiError && Array.isArray(failure.problem.extensions['violations'])
          ? (failure.problem.extensions['violations'] as { field?: string; message?: string }[])
          : [];
      setError(
        violations.length > 0
          ? t('Not saved: {reason}', {
              reason: violations.map((v) => `${v.field ?? ''} ${v.message ?? ''}`.trim()).join('; '),
            })
          : actionFailure(failure, t('save the exercise')),
      );
      setBusy(false);
    }
  };

  const field = (key: 'sets' | 'reps' | 'holdSeconds' | 'durationMinutes' | 'daysPerWeek', label: string) => (
    <p class="field">
      <label for={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type="number"
        min={0}
        inputMode="numeric"
        value={form[key]}
        onInput={(e) => set(key, e.currentTarget.value)}
      />
    </p>
  );

  return (
    <form id={id} class="clinic-exercise-form form-grid" onSubmit={submit}>
      <h3 class="wide">{exercise ? t('Edit {name}', { name: exercise.name }) : t('A new clinic exercise')}</h3>
      <p class="field wide">
        <label for={`${id}-name`}>{t('Name')}</label>
        <input
          id={`${id}-name`}
          type="text"
          required
          maxLength={120}
          value={form.name}
          onInput={(e) => set('name', e.currentTarget.value)}
        />
      </p>
      <p class="field">
        <label for={`${id}-pillar`}>{t('Type')}</label>
        <select
          id={`${id}-pillar`}
          value={form.pillar}
          onChange={(e) => set('pillar', e.currentTarget.value as Pillar)}
        >
          {pillars.map((p) => (
            <option key={p} value={p}>
              {pillarName(p)}
            </option>
          ))}
        </select>
      </p>
      {form.pillar === 'EXERCISE' && (
        <p class="field">
          <label for={`${id}-kind`}>{t('Kind')}</label>
          <select
            id={`${id}-kind`}
            value={form.kind}
            onChange={(e) => set('kind', e.currentTarget.value as ExerciseForm['kind'])}
          >
            <option value="STRENGTH">{t('Strength')}</option>
            <option value="AEROBIC">{t('Aerobic')}</option>
          </select>
        </p>
      )}
      <fieldset class="wide exercise-regions-choice">
        <legend>{t('Body areas')}</legend>
        {regions.status === 'failed' && (
          <LoadFailure error={regions.error} what={t('the body areas')} onRetry={retry} />
        )}
        {regions.status === 'loaded' &&
          regions.value.map((region) => (
            <label key={region}>
              <input
                type="checkbox"
                value={region}
                checked={form.regions.includes(region)}
                onChange={(e) =>
                  set(
                    'regions',
                    e.currentTarget.checked ? [...form.regions, region] : form.regions.filter((r) => r !== region),
                  )
                }
              />{' '}
              {regionName(region)}
            </label>
          ))}
      </fieldset>
      <p class="field wide">
        <label for={`${id}-illustration`}>{t('Drawing (patients see it until you upload a video)')}</label>
        <select
          id={`${id}-illustration`}
          value={form.illustration}
          onChange={(e) => set('illustration', e.currentTarget.value)}
        >
          <option value="">{form.mediaUrl ? t('None: the video link is shown') : t('Choose a drawing')}</option>
          {drawings.status === 'loaded' &&
            drawings.value.map((name) => (
              <option key={name} value={name}>
                {regionName(name)}
              </option>
            ))}
        </select>
      </p>
      {drawings.status === 'failed' && (
        <LoadFailure error={drawings.error} what={t('the drawings')} onRetry={retryDrawings} />
      )}
      {form.illustration && (
        <img
          class="exercise-image wide"
          src={`/api/v1/illustrations/${form.illustration}.svg`}
          alt={t('The drawing {name}', { name: regionName(form.illustration) })}
        />
      )}
      <p class="field wide">
        <label for={`${id}-instructions`}>{t('Instructions, one step a line (the patient reads them)')}</label>
        <textarea
          id={`${id}-instructions`}
          rows={4}
          required
          value={form.instructions}
          onInput={(e) => set('instructions', e.currentTarget.value)}
        />
      </p>
      <p class="field wide">
        <label for={`${id}-contraindications`}>{t('Contraindications, one a line')}</label>
        <textarea
          id={`${id}-contraindications`}
          rows={2}
          value={form.contraindications}
          onInput={(e) => set('contraindications', e.currentTarget.value)}
        />
      </p>
      {field('sets', t('Sets'))}
      {field('reps', t('Repetitions'))}
      {field('holdSeconds', t('Hold (seconds)'))}
      {field('durationMinutes', t('Minutes'))}
      {field('daysPerWeek', t('Days a week'))}
      <p class="wide actions">
        <button type="submit" class="button" disabled={busy}>
          {exercise ? t('Save the exercise') : t('Add to the library')}
        </button>{' '}
        <button type="button" class="button secondary" onClick={onClose} disabled={busy}>
          {t('Never mind')}
        </button>
      </p>
      {error && (
        <p class="error wide" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
