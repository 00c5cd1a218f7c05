import { useState } from 'preact/hooks';
import { signOutPath } from '../api/session.ts';
import { t } from '../i18n/i18n.ts';

/** What sign-out needs from the browser's storage; tests give their own. */
export interface DeviceData {
  unsent(): Promise<number>;
  forget(): Promise<void>;
  /** Removes this browser's push subscription, on the server and in the browser. */
  forgetPush?(): Promise<void>;
}

// The patient database (idb) and push code load only when signing out: the first load stays within
// its budget (scripts/bundle-size.mjs), and a patient's screens have loaded them already anyway.
const browserData = () => import('./browserData.ts');

const thisBrowser: DeviceData = {
  // Like unsentCount itself, a failure (here: the code did not load) counts as nothing unsent.
  unsent: () =>
    browserData().then(
      (data) => data.unsent(),
      () => 0,
    ),
  forget: () => browserData().then((data) => data.forget()),
  forgetPush: () => browserData().then((data) => data.forgetPush()),
};

/** A blocked delete (another tab that will not let go) or an unreachable server must not keep a person from signing out. */
const forgetWaitMs = 3_000;

interface Props {
  device?: DeviceData;
  navigate?: (url: string) => void;
}

/**
 * Sign out, leaving no patient data in this browser (a library or family computer): the patient
 * database is deleted and this browser's push subscription removed (server and browser) first. Writes not yet sent would be lost with it, so the person is told how
 * many and chooses; the gateway's sign-out answer also asks the browser to clear the site's storage.
 */
export function SignOut({ device = thisBrowser, navigate = (url) => window.location.assign(url) }: Props) {
  const [unsent, setUnsent] = useState<number | null>(null);
  const [leaving, setLeaving] = useState(false);

  const leave = async () => {
    setLeaving(true);
    try {
      // Both while the session still holds: a shared computer must stop getting this person's
      // notifications (the push subscription) and keep none of their data (the patient database).
      const forgetting = Promise.allSettled([device.forgetPush?.(), device.forget()]);
      await Promise.race([forgetting, new Promise((resolve) => setTimeout(resolve, forgetWaitMs))]);
    } catch {
      // The gateway's Clear-Site-Data answer still clears it.
    } finally {
      navigate(signOutPath);
    }
  };

  const ask = async (event: Event) => {
    event.preventDefault();
    if (leaving) return;
    const count = await device.unsent();
    if (count > 0) setUnsent(count);
    else await leave();
  };

  return (
    <>
      <a id="sign-out" class="button" href={signOutPath} onClick={ask} aria-disabled={leaving}>
        {t('Sign out')}
      </a>
      {unsent !== null && (
        <div class="sign-out-warning" role="alert" data-testid="sign-out-warning">
          <p>
            {t(
              '{count, plural, one {1 entry has not reached Motus yet. Signing out deletes it from this device and it is not sent.} other {# entries have not reached Motus yet. Signing out deletes them from this device and they are not sent.}}',
              { count: unsent },
            )}
          </p>
          <button
            type="button"
            class="button"
            data-action="sign-out-anyway"
            onClick={() => void leave()}
            disabled={leaving}
          >
            {t('{count, plural, one {Sign out and delete it} other {Sign out and delete them}}', { count: unsent })}
          </button>{' '}
          <button
            type="button"
            class="button button-primary"
            data-action="stay-signed-in"
            onClick={() => setUnsent(null)}
          >
            {t('Stay signed in')}
          </button>
        </div>
      )}
    </>
  );
}
