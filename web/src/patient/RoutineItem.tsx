import type { TodayItem } from '../api/routine.ts';
import { controlFor, dosageLine, sideOf } from './dosageLine.ts';
import { HoldTimer } from './HoldTimer.tsx';
import type { ItemProgress } from './sessionForm.ts';
import { t } from '../i18n/i18n.ts';

/** One item of today's routine: what to do in one line, how, and only the control that fits its dosage. */
export function RoutineItem(props: {
  item: TodayItem;
  progress: ItemProgress;
  onChange: (change: Partial<ItemProgress>) => void;
  onStart: () => void;
}) {
  const { item, progress, onChange } = props;
  const timer = item.timer;
  const headingId = `item-${item.itemId}`;
  const control = controlFor(item);
  return (
    <li class="card routine-item" data-item-id={item.itemId} aria-labelledby={headingId}>
      <h3 id={headingId}>{item.name}</h3>
      <p class="routine-item__dosage" data-field="dosage">
        {dosageLine(item)}
      </p>
      <Demonstration item={item} />
      {item.instructions && item.instructions.length > 0 && (
        <ol class="routine-item__instructions">
          {item.instructions.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      )}
      {item.commonMistakes && item.commonMistakes.length > 0 && (
        <p class="routine-item__mistakes">
          <strong>{t('Avoid:')}</strong> {item.commonMistakes.join(' ')}
        </p>
      )}
      {item.targetHeartRateBpm && (
        <p>
          {t('Aim for a heart rate of {low} to {high} beats a minute: you can talk, but not sing.', {
            low: item.targetHeartRateBpm.low,
            high: item.targetHeartRateBpm.high,
          })}
        </p>
      )}
      {item.notes && <p class="routine-item__notes">{t('From your therapist: {notes}', { notes: item.notes })}</p>}
      {control === 'hold-timer' && (
        <HoldTimer
          id={item.itemId}
          plan={{
            holdSeconds: timer.holdSeconds!,
            sets: timer.sets ?? 1,
            restSeconds: timer.restSeconds ?? 0,
            side: sideOf(item.notes),
          }}
          breathing={timer.breathing}
          startLabel={t('Start the hold timer')}
          onStart={props.onStart}
          onDone={(setsDone) => onChange({ sets: setsDone, done: true })}
        />
      )}
      {control === 'set-counter' && <SetCounter item={item} progress={progress} onChange={onChange} />}
      {control === 'countdown' && (
        <HoldTimer
          id={item.itemId}
          plan={{ holdSeconds: timer.durationSeconds!, sets: 1, restSeconds: 0 }}
          startLabel={t('Start the {minutes}-minute timer', { minutes: Math.round(timer.durationSeconds! / 60) })}
          onStart={props.onStart}
          onDone={() => onChange({ done: true })}
        />
      )}
      <label class="routine-item__done">
        <input
          type="checkbox"
          name="done"
          value={item.itemId}
          checked={progress.done}
          onChange={(e) => onChange({ done: e.currentTarget.checked })}
        />{' '}
        {t('I did this today')}
      </label>
    </li>
  );
}

function SetCounter({
  item,
  progress,
  onChange,
}: {
  item: TodayItem;
  progress: ItemProgress;
  onChange: (change: Partial<ItemProgress>) => void;
}) {
  const sets = item.timer.sets ?? 1;
  const reps = item.timer.reps;
  return (
    <div class="set-counter" data-field="set-counter">
      <p aria-live="polite">
        {t('Sets done:')} <strong data-field="sets-done">{progress.sets}</strong>{' '}
        {reps ? t('of {sets} ({reps} repetitions each)', { sets, reps }) : t('of {sets}', { sets })}
      </p>
      <button
        type="button"
        class="button"
        data-action="set-done"
        disabled={progress.sets >= sets}
        onClick={() => onChange({ sets: progress.sets + 1, done: progress.sets + 1 >= sets || progress.done })}
      >
        {t('I finished a set')}
      </button>
      {progress.sets > 0 && (
        <button type="button" class="button" onClick={() => onChange({ sets: progress.sets - 1 })}>
          {t('Undo')}
        </button>
      )}
    </div>
  );
}

function Demonstration({ item }: { item: TodayItem }) {
  const media = item.mediaUrl;
  if (media && /\.(mp4|webm)(\?|$)/i.test(media)) {
    return (
      <video
        class="demonstration"
        src={media}
        controls
        preload="metadata"
        aria-label={t('How to do {name}', { name: item.name })}
      >
        <a href={media}>{t('Watch how to do {name}', { name: item.name })}</a>
      </video>
    );
  }
  const src = media ?? item.illustrationUrl;
  if (!src) return null;
  if (media && !/\.(png|jpe?g|webp|svg)(\?|$)/i.test(media) && !media.startsWith('/api/')) {
    return (
      <p>
        <a href={media} target="_blank" rel="noopener noreferrer">
          {t('Watch how to do {name} (opens a new tab)', { name: item.name })}
        </a>
      </p>
    );
  }
  return (
    <img
      class="demonstration"
      src={src}
      alt={t('Drawing: how to do {name}', { name: item.name })}
      loading="lazy"
      width={320}
      height={200}
    />
  );
}
