import { useEffect, useRef, useState } from 'preact/hooks';
import type { ItemTimer } from '../api/routine.ts';
import {
  announcement,
  breathingAt,
  breathWord,
  clock,
  holdOnSide,
  setsDone,
  ready,
  start,
  tick,
  type TimerPlan,
  type TimerState,
} from './holdTimer.ts';
import { t } from '../i18n/i18n.ts';
import { sideWord } from './dosageLine.ts';

interface Props {
  /** Used in ids and data attributes. */
  id: string;
  plan: TimerPlan;
  breathing?: ItemTimer['breathing'];
  /** "Start the hold timer" / "Start the 2-minute timer". */
  startLabel: string;
  onStart?: () => void;
  onDone?: (setsDone: number) => void;
}

function speak(text: string) {
  try {
    if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined') return;
    speechSynthesis.cancel();
    speechSynthesis.speak(new SpeechSynthesisUtterance(text));
  } catch {
    // No voice on this device: the text on screen and the live region still say it.
  }
}

/**
 * The visual countdown with spoken cues (speechSynthesis where there is a voice) and a polite live
 * region for screen readers; for stretches the breathing pacer (in 3, hold 2, out 4) runs during holds.
 */
export function HoldTimer({ id, plan, breathing, startLabel, onStart, onDone }: Props) {
  const [state, setState] = useState<TimerState>(() => ready(plan));
  const [said, setSaid] = useState('');
  const [voice, setVoice] = useState(true);
  const previous = useRef<TimerState>(state);
  const voiceOn = useRef(voice);
  voiceOn.current = voice;
  // The effects below run on a phase change or a start/stop, reading the plan and callback current then.
  const latest = useRef({ plan, onDone });
  latest.current = { plan, onDone };
  const running = state.phase === 'hold' || state.phase === 'rest';

  useEffect(() => {
    const text = announcement(latest.current.plan, previous.current, state);
    previous.current = state;
    if (text) {
      setSaid(text);
      if (voiceOn.current) speak(text);
    }
    if (state.phase === 'done') latest.current.onDone?.(setsDone(latest.current.plan, state.set));
  }, [state]);

  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setState((s) => tick(latest.current.plan, s)), 1000);
    return () => window.clearInterval(timer);
  }, [running]);

  const breath = breathing && state.phase === 'hold' ? breathingAt(state.elapsedInPhase, breathing) : null;
  const sets = Math.max(1, plan.sets);
  const onSide = holdOnSide(plan, state.set);
  const whichSide = plan.side
    ? `, ${onSide.otherSide ? t('other {side}', { side: sideWord(plan.side) }) : t('first {side}', { side: sideWord(plan.side) })}`
    : '';

  return (
    <div class={`hold-timer is-${state.phase}`} data-timer={id} data-phase={state.phase}>
      <p class="hold-timer__phase">
        {state.phase === 'ready' &&
          (sets > 1 || plan.side
            ? plan.side
              ? t('{sets, plural, one {# hold} other {# holds}} of {seconds} seconds on each {side}', {
                  sets,
                  seconds: plan.holdSeconds,
                  side: sideWord(plan.side),
                })
              : t('{sets, plural, one {# hold} other {# holds}} of {seconds} seconds', {
                  sets,
                  seconds: plan.holdSeconds,
                })
            : t('{time} to go', { time: clock(plan.holdSeconds) }))}
        {state.phase === 'hold' &&
          (sets > 1 ? t('Hold {index} of {sets}', { index: onSide.index, sets }) : t('Hold')) + whichSide}
        {state.phase === 'rest' && t('Rest before the next hold')}
        {state.phase === 'done' && t('Done')}
      </p>
      <p class="hold-timer__clock" role="timer" aria-label={t('Time left')} data-field="timer-remaining">
        {clock(state.remaining)}
      </p>
      {breath && (
        <p class={`breathing is-${breath.phase}`} data-field="breathing" aria-hidden="true">
          <span class="breathing__circle" />
          {breathWord(breath.phase, breathing?.holdLabel)}{' '}
          {t('{count} of {of}', { count: breath.count, of: breath.of })}
        </p>
      )}
      <p class="visually-hidden" aria-live="polite" data-field="timer-announcement">
        {said}
      </p>
      <div class="hold-timer__buttons">
        {state.phase === 'ready' && (
          <button
            type="button"
            class="button button-primary"
            data-action="start-timer"
            onClick={() => {
              onStart?.();
              setState(start(plan));
            }}
          >
            {startLabel}
          </button>
        )}
        {running && (
          <button type="button" class="button" data-action="stop-timer" onClick={() => setState(ready(plan))}>
            {t('Stop')}
          </button>
        )}
        {state.phase === 'done' && (
          <button type="button" class="button" data-action="restart-timer" onClick={() => setState(ready(plan))}>
            {t('Again')}
          </button>
        )}
        <label class="hold-timer__voice">
          <input type="checkbox" checked={voice} onChange={(e) => setVoice(e.currentTarget.checked)} />{' '}
          {t('Say it aloud')}
        </label>
      </div>
    </div>
  );
}
