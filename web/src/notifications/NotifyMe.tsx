import { useEffect, useState } from 'preact/hooks';
import { pushState, thisBrowser, turnOff, turnOn, type PushBrowser, type PushState } from './pushDevice.ts';
import { msg, t } from '../i18n/i18n.ts';

const says = {
  on: msg('On: this device shows a notification when Motus has something for you.'),
  off: msg('Off on this device.'),
  blocked: msg('Blocked by the browser. Allow notifications for this site in its settings, then turn this on.'),
  unsupported: msg('This browser cannot show notifications from Motus.'),
  unavailable: msg('Notifications on devices are not available on this Motus server.'),
  unreachable: msg('Could not reach the push service. Check the connection and try again.'),
} satisfies Record<PushState, string>;

interface Props {
  /** What the notifications are for, e.g. "reminders" or "urgent alerts". */
  purpose: string;
  browser?: PushBrowser;
}

/**
 * "Notify me on this device": turns Web Push on or off for this browser. The browser's permission
 * question comes only from the click on "Turn on", never when the screen opens. A notification says
 * only that there is something in Motus: never a name, a message or health data.
 */
export function NotifyMe({ purpose, browser = thisBrowser }: Props) {
  const [state, setState] = useState<PushState | null>(null);
  // Which way a click is turning it while the browser and Motus answer (up to the subscribe deadline).
  const [turning, setTurning] = useState<'on' | 'off' | null>(null);
  const busy = turning !== null;

  useEffect(() => {
    let current = true;
    pushState(browser)
      .then((s) => current && setState(s))
      .catch(() => current && setState('unsupported'));
    return () => {
      current = false;
    };
  }, [browser]);

  const change = async (on: boolean) => {
    if (busy) return;
    setTurning(on ? 'on' : 'off');
    try {
      setState(await (on ? turnOn(browser) : turnOff(browser)));
    } catch {
      setState('unreachable');
    } finally {
      setTurning(null);
    }
  };

  const canTurnOn = state === 'off' || state === 'unreachable';
  return (
    <section class="notify-me" aria-labelledby="notify-me-heading" data-push-state={state ?? 'loading'}>
      <h3 id="notify-me-heading">{t('Notify me on this device')}</h3>
      <p>{t('For {purpose}, even when Motus is closed.', { purpose })}</p>
      <p role="status" data-testid="notify-me-state">
        {state === null
          ? t('Checking this device…')
          : turning === 'on'
            ? t('Turning on…')
            : turning === 'off'
              ? t('Turning off…')
              : t(says[state])}
      </p>
      {state === 'on' && (
        <button type="button" class="button" data-action="notify-me-off" disabled={busy} onClick={() => change(false)}>
          {t('Turn off on this device')}
        </button>
      )}
      {canTurnOn && (
        <button
          type="button"
          class="button button-primary"
          data-action="notify-me-on"
          disabled={busy}
          onClick={() => change(true)}
        >
          {t('Turn on')}
        </button>
      )}
    </section>
  );
}
