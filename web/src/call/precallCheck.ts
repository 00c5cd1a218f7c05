import { t } from '../i18n/i18n.ts';
/**
 * The lobby's check before joining: how loud the microphone is, and whether Motus answers and
 * can relay the call. Pure: numbers to words.
 */

/**
 * The level (0..1) of one window of an AnalyserNode's time-domain bytes (128 is silence): the
 * root mean square, scaled so ordinary speech fills about half the bar.
 */
export function levelOf(samples: ArrayLike<number>): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (let i = 0; i < samples.length; i++) {
    const centred = ((samples[i] ?? 128) - 128) / 128;
    sum += centred * centred;
  }
  return Math.min(1, Math.sqrt(sum / samples.length) * 3);
}

/** Below this the bar barely moves: nothing was heard yet. */
export const heardLevel = 0.02;

export function microphoneWords(hasMicrophone: boolean, loudest: number): string {
  if (!hasMicrophone) return t('No microphone: the other person will not hear you. You can still use the chat.');
  return loudest >= heardLevel ? t('Your microphone works.') : t('Say something: the bar should move when you speak.');
}

export type ConnectionCheck =
  { state: 'checking' } | { state: 'failed' } | { state: 'done'; milliseconds: number; relay: boolean };

/** The ICE servers' answer: how long Motus took, and whether a TURN relay is there for strict networks. */
export function connectionWords(check: ConnectionCheck): string {
  switch (check.state) {
    case 'checking':
      return t('Checking the connection…');
    case 'failed':
      return t('Motus is not answering: check your internet connection before joining.');
    case 'done': {
      const speed = check.milliseconds < 1000 ? t('Connection to Motus: good') : t('Connection to Motus: slow');
      const relay = check.relay
        ? t('a relay is ready if your network blocks direct calls.')
        : t('no relay server is set up, so a strict company or hospital network may block the call.');
      return t('{speed} ({ms} ms); {relay}', { speed, ms: check.milliseconds, relay });
    }
  }
}

/** Whether one of the ICE servers is a TURN relay. */
export function hasRelay(iceServers: readonly { urls: string | readonly string[] }[]): boolean {
  return iceServers.some((server) =>
    (typeof server.urls === 'string' ? [server.urls] : server.urls).some((url) => /^turns?:/.test(url)),
  );
}
