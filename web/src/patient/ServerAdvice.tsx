import { useEffect, useRef } from 'preact/hooks';
import type { Advice } from '../api/patients.ts';
import { urgentAdvice } from './redFlags.ts';
import { t } from '../i18n/i18n.ts';

interface Props {
  /** The server's advice[] as it came, most important first. */
  advice: readonly Advice[];
  /** Where it is shown ("session", "follow-up", "daily"); in data-testid. */
  context: string;
  /**
   * Where the words come from: the server, or our own fallback because the answers are not on
   * the server yet (`waiting`: kept on the phone) or were refused (`refused`).
   */
  source?: AdviceSource;
}

export type AdviceSource = 'server' | 'waiting' | 'refused';

/**
 * The one place the patient reads advice: the server's texts as they are (first one prominent),
 * never words of the web's own that could contradict them. Emergency advice (CALL_EMERGENCY,
 * SEEK_URGENT_CARE) becomes an alert that takes the focus.
 */
export function ServerAdvice({ advice, context, source = 'server' }: Props) {
  const urgent = urgentAdvice(advice);
  const rest = advice.filter((a) => !urgent.includes(a));
  const [first, ...more] = rest;
  return (
    <>
      {urgent.length > 0 && <EmergencyAlert advice={urgent} source={source} />}
      {first && (
        <div class="advice" data-testid={`${context}-advice`} data-advice-code={first.code}>
          <p class="advice__main" data-field="advice-text" data-advice-code={first.code}>
            <strong>{first.text}</strong>
          </p>
          {more.length > 0 && (
            <ul class="advice__more">
              {more.map((a, i) => (
                <li key={`${a.code}-${i}`} data-field="advice-text" data-advice-code={a.code}>
                  {a.text}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}

/** Prominent, announced at once, focused: what to do now after a red flag. */
export function EmergencyAlert({ advice, source }: { advice: readonly Advice[]; source: AdviceSource }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  return (
    <div
      ref={box}
      class="emergency-alert"
      role="alert"
      tabIndex={-1}
      id="emergency-alert"
      data-testid="emergency-alert"
      data-advice-code={advice[0]?.code}
      data-source={source === 'server' ? 'server' : 'offline'}
    >
      {advice.map((a, i) => (
        <p key={`${a.code}-${i}`} class="emergency-alert__text" data-field="emergency-text" data-advice-code={a.code}>
          <strong>{a.text}</strong>
        </p>
      ))}
      {source === 'waiting' && (
        <p>
          {t(
            'Motus cannot be reached right now. Your answers are saved on this phone and are sent to your therapist as soon as it can.',
          )}
        </p>
      )}
      {source === 'refused' && (
        <p>{t('Your answers could not be sent to your therapist. Please act on this now all the same.')}</p>
      )}
    </div>
  );
}
