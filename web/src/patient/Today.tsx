import { useReducer } from 'preact/hooks';
import { ApiError } from '../api/http.ts';
import { fetchMyToday, localIsoDate, type TodayItem, type TodayRoutine } from '../api/routine.ts';
import { DuePromsPanel } from '../prom/DuePromsPanel.tsx';
import { LoadFailure } from '../loading/LoadFailure.tsx';
import { useLoad } from '../loading/useLoad.ts';
import { useDraft } from './drafts/useDraft.ts';
import { FollowUpPanel } from './FollowUpPanel.tsx';
import { HoldTimer } from './HoldTimer.tsx';
import { DailyCheckIn } from './DailyCheckIn.tsx';
import { RecordSession } from './RecordSession.tsx';
import { RoutineItem } from './RoutineItem.tsx';
import { emptySessionDraft, isEmptySession, sessionDraftReducer } from './sessionForm.ts';
import { usePatient } from './usePatient.ts';
import { WaitingList } from './WaitingList.tsx';
import { currentLanguage, t } from '../i18n/i18n.ts';
import { handoutUrl } from '../api/plans.ts';

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
      <h1 id="today-heading">{t('Today')}</h1>
      <FollowUpPanel />
      <WaitingList />
      <DailyCheckIn />
      <DuePromsPanel />
      {routine.status === 'loading' && <p role="status">{t("Loading today's exercises…")}</p>}
      {routine.status === 'failed' && (
        <LoadFailure error={routine.error} what={t("today's exercises")} onRetry={retry} />
      )}
      {routine.status === 'loaded' && routine.value === null && (
        <p class="empty-state" id="no-plan">
          {t('Your therapist has not given you a programme yet. You can still tell us how your pain is each day.')}
        </p>
      )}
      {routine.status === 'loaded' && routine.value !== null && (
        <>
          <Routine routine={routine.value} />
          <p class="print-programme">
            {/* The screen's language: what the patient reads here is what they get on paper. */}
            <a id="print-programme" href={handoutUrl(routine.value.planId, undefined, currentLanguage())} download>
              {t('Print your programme (PDF)')}
            </a>
          </p>
        </>
      )}
    </section>
  );
}

/** Today's items and the session form: one state (ticks, set counts, start, pains), kept as a draft. */
function Routine({ routine }: { routine: TodayRoutine }) {
  const subject = usePatient().record.subject;
  const [draft, dispatch] = useReducer(sessionDraftReducer, routine, (r) => emptySessionDraft(r));
  const draftState = useDraft(subject, 'session', draft, (kept) => dispatch({ type: 'restore', kept }), isEmptySession);
  const begin = () => dispatch({ type: 'begin', at: new Date().toISOString() });
  const sections = groupBySection(routine.items);

  if (routine.items.length === 0) {
    return (
      <p class="empty-state" id="nothing-today">
        {t('Nothing is planned for today. Rest, or go for a gentle walk if you feel like it.')}
      </p>
    );
  }

  return (
    <>
      <div class="card micro-session" id="micro-session">
        <h2>{t('Short on time?')}</h2>
        {!draft.micro ? (
          <>
            <p>{t('A 2-minute session counts. Pick one exercise below and do it for two minutes.')}</p>
            <button
              type="button"
              class="button"
              data-action="micro-session"
              onClick={() => dispatch({ type: 'micro', on: true })}
            >
              {t('Do a 2-minute session')}
            </button>
          </>
        ) : (
          <>
            <p>{t('Do one exercise for two minutes, then tick it as done and save your session below.')}</p>
            <HoldTimer
              key={draft.round}
              id="micro"
              plan={{ holdSeconds: 120, sets: 1, restSeconds: 0 }}
              startLabel={t('Start 2 minutes')}
              onStart={begin}
            />
            <button type="button" class="button" onClick={() => dispatch({ type: 'micro', on: false })}>
              {t('Back to the full session')}
            </button>
          </>
        )}
      </div>
      {sections.map(([section, items]) => (
        <section class="routine-section" key={section ?? 'items'} aria-label={section ?? t('Exercises')}>
          {section && <h2>{section}</h2>}
          <ol class="routine-items">
            {items.map((item) => (
              <RoutineItem
                key={`${item.itemId}-${draft.round}`}
                item={item}
                progress={draft.progress[item.itemId] ?? { sets: 0, done: false }}
                onChange={(change) =>
                  dispatch({ type: 'item', itemId: item.itemId, change, at: new Date().toISOString() })
                }
                onStart={begin}
              />
            ))}
          </ol>
        </section>
      ))}
      <RecordSession routine={routine} draft={draft} draftState={draftState} dispatch={dispatch} />
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
