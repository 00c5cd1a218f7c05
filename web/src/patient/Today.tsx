import { useState } from 'preact/hooks';
import { ApiError } from '../api/http.ts';
import { fetchMyToday, localIsoDate, type TodayItem, type TodayRoutine } from '../api/routine.ts';
import { LoadFailure } from '../loading/LoadFailure.tsx';
import { useLoad } from '../loading/useLoad.ts';
import { FollowUpPanel } from './FollowUpPanel.tsx';
import { HoldTimer } from './HoldTimer.tsx';
import { DailyCheckIn } from './DailyCheckIn.tsx';
import { RecordSession } from './RecordSession.tsx';
import type { ItemProgress } from './sessionForm.ts';
import { WaitingList } from './WaitingList.tsx';

/** No published plan: therapist-service answers 404 for the patient's own routine. */
async function loadToday(signal: AbortSignal): Promise<TodayRoutine | null> {
  try {
    return await fetchMyToday(localIsoDate(), signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function Today() {
  const [routine, retry] = useLoad(loadToday);
  return (
    <section class="today" id="today" aria-labelledby="today-heading">
      <h1 id="today-heading">Today</h1>
      <FollowUpPanel />
      <WaitingList />
      <DailyCheckIn />
      {routine.status === 'loading' && <p role="status">Loading today's exercises…</p>}
      {routine.status === 'failed' && <LoadFailure error={routine.error} what="today's exercises" onRetry={retry} />}
      {routine.status === 'loaded' && routine.value === null && (
        <p class="empty-state" id="no-plan">
          Your therapist has not given you a programme yet. You can still tell us how your pain is each day.
        </p>
      )}
      {routine.status === 'loaded' && routine.value !== null && <Routine routine={routine.value} />}
    </section>
  );
}

type Progress = ItemProgress;

function Routine({ routine }: { routine: TodayRoutine }) {
  const [progress, setProgress] = useState<Record<string, Progress>>({});
  const [startedAt, setStartedAt] = useState<string | null>(null);
  const [micro, setMicro] = useState(false);
  const begin = () => setStartedAt((s) => s ?? new Date().toISOString());
  const update = (itemId: string, change: Partial<Progress>) => {
    begin();
    setProgress((all) => ({ ...all, [itemId]: { sets: 0, done: false, ...all[itemId], ...change } }));
  };
  const sections = groupBySection(routine.items);

  if (routine.items.length === 0) {
    return (
      <p class="empty-state" id="nothing-today">
        Nothing is planned for today. Rest, or go for a gentle walk if you feel like it.
      </p>
    );
  }

  return (
    <>
      <div class="card micro-session" id="micro-session">
        <h2>Short on time?</h2>
        {!micro ? (
          <>
            <p>A 2-minute session counts. Pick one exercise below and do it for two minutes.</p>
            <button type="button" class="button" data-action="micro-session" onClick={() => setMicro(true)}>
              Do a 2-minute session
            </button>
          </>
        ) : (
          <>
            <p>Do one exercise for two minutes, then tick it as done and save your session below.</p>
            <HoldTimer
              id="micro"
              plan={{ holdSeconds: 120, sets: 1, restSeconds: 0 }}
              startLabel="Start 2 minutes"
              onStart={begin}
            />
            <button type="button" class="button" onClick={() => setMicro(false)}>
              Back to the full session
            </button>
          </>
        )}
      </div>
      {sections.map(([section, items]) => (
        <section class="routine-section" key={section ?? 'items'} aria-label={section ?? 'Exercises'}>
          {section && <h2>{section}</h2>}
          <ol class="routine-items">
            {items.map((item) => (
              <RoutineItem
                key={item.itemId}
                item={item}
                progress={progress[item.itemId] ?? { sets: 0, done: false }}
                onChange={(change) => update(item.itemId, change)}
                onStart={begin}
              />
            ))}
          </ol>
        </section>
      ))}
      <RecordSession routine={routine} progress={progress} startedAt={startedAt} micro={micro} />
    </>
  );
}

function groupBySection(items: TodayItem[]): [string | undefined, TodayItem[]][] {
  const groups: [string | undefined, TodayItem[]][] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last[0] === item.section) last[1].push(item);
    else groups.push([item.section, [item]]);
  }
  return groups;
}

function dosageWords(item: TodayItem): string {
  const t = item.timer;
  const parts: string[] = [];
  if (t.holdSeconds) parts.push(`${t.sets ?? 1} × hold ${t.holdSeconds} seconds`);
  else if (t.sets && t.reps) parts.push(`${t.sets} sets of ${t.reps}`);
  else if (t.reps) parts.push(`${t.reps} repetitions`);
  if (t.durationSeconds) parts.push(`${Math.round(t.durationSeconds / 60)} minutes`);
  if (item.dosage?.loadKg) parts.push(`${item.dosage.loadKg} kg`);
  if (t.restSeconds) parts.push(`rest ${t.restSeconds} seconds between sets`);
  if (t.sessionsToday > 1) parts.push(`${t.sessionsToday} times today`);
  return parts.join(', ');
}

function RoutineItem(props: {
  item: TodayItem;
  progress: Progress;
  onChange: (change: Partial<Progress>) => void;
  onStart: () => void;
}) {
  const { item, progress, onChange } = props;
  const t = item.timer;
  const sets = t.sets ?? 1;
  const headingId = `item-${item.itemId}`;
  return (
    <li class="card routine-item" data-item-id={item.itemId} aria-labelledby={headingId}>
      <h3 id={headingId}>{item.name}</h3>
      <p class="routine-item__dosage">{dosageWords(item)}</p>
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
          <strong>Avoid:</strong> {item.commonMistakes.join(' ')}
        </p>
      )}
      {item.targetHeartRateBpm && (
        <p>
          Aim for a heart rate of {item.targetHeartRateBpm.low} to {item.targetHeartRateBpm.high} beats a minute: you can talk,
          but not sing.
        </p>
      )}
      {item.notes && <p class="routine-item__notes">From your therapist: {item.notes}</p>}
      {t.holdSeconds ? (
        <HoldTimer
          id={item.itemId}
          plan={{ holdSeconds: t.holdSeconds, sets, restSeconds: t.restSeconds ?? 0 }}
          breathing={t.breathing}
          startLabel="Start the hold timer"
          onStart={props.onStart}
          onDone={(setsDone) => onChange({ sets: setsDone, done: true })}
        />
      ) : (
        <>
          {t.sets && t.sets > 0 && (
            <div class="set-counter" data-field="set-counter">
              <p aria-live="polite">
                Sets done: <strong data-field="sets-done">{progress.sets}</strong> of {t.sets}
                {t.reps ? ` (${t.reps} repetitions each)` : ''}
              </p>
              <button
                type="button"
                class="button"
                data-action="set-done"
                disabled={progress.sets >= t.sets}
                onClick={() => onChange({ sets: progress.sets + 1, done: progress.sets + 1 >= (t.sets ?? 1) || progress.done })}
              >
                I finished a set
              </button>
              {progress.sets > 0 && (
                <button type="button" class="button" onClick={() => onChange({ sets: progress.sets - 1 })}>
                  Undo
                </button>
              )}
            </div>
          )}
          {t.durationSeconds && (
            <HoldTimer
              id={item.itemId}
              plan={{ holdSeconds: t.durationSeconds, sets: 1, restSeconds: 0 }}
              startLabel={`Start the ${Math.round(t.durationSeconds / 60)}-minute timer`}
              onStart={props.onStart}
              onDone={() => onChange({ done: true })}
            />
          )}
        </>
      )}
      <label class="routine-item__done">
        <input type="checkbox" name="done" value={item.itemId} checked={progress.done} onChange={(e) => onChange({ done: e.currentTarget.checked })} />{' '}
        I did this today
      </label>
    </li>
  );
}

function Demonstration({ item }: { item: TodayItem }) {
  const media = item.mediaUrl;
  if (media && /\.(mp4|webm)(\?|$)/i.test(media)) {
    return (
      <video class="demonstration" src={media} controls preload="metadata" aria-label={`How to do ${item.name}`}>
        <a href={media}>Watch how to do {item.name}</a>
      </video>
    );
  }
  const src = media ?? item.illustrationUrl;
  if (!src) return null;
  if (media && !/\.(png|jpe?g|webp|svg)(\?|$)/i.test(media) && !media.startsWith('/api/')) {
    return (
      <p>
        <a href={media} target="_blank" rel="noopener noreferrer">
          Watch how to do {item.name} (opens a new tab)
        </a>
      </p>
    );
  }
  return <img class="demonstration" src={src} alt={`Drawing: how to do ${item.name}`} loading="lazy" width={320} height={200} />;
}
