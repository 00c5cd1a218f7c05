import { t } from '../i18n/i18n.ts';
/** What the call screen says about the connection, in plain words, from RTCPeerConnection state and getStats(). */

/** The numbers the page reads from one getStats() report. */
export interface StatsSample {
  /** Round-trip time of the selected candidate pair, in ms. */
  roundTripMs: number | null;
  /** Inbound RTP totals over every incoming stream. */
  packetsReceived: number;
  packetsLost: number;
  /** Frames of the other person's video decoded so far. */
  videoFramesDecoded: number;
}

interface StatLike {
  type: string;
  kind?: string;
  state?: string;
  nominated?: boolean;
  selected?: boolean;
  currentRoundTripTime?: number;
  packetsReceived?: number;
  packetsLost?: number;
  framesDecoded?: number;
}

/** Reads a getStats() report (any iterable of its values). */
export function readStats(values: Iterable<unknown>): StatsSample {
  const sample: StatsSample = { roundTripMs: null, packetsReceived: 0, packetsLost: 0, videoFramesDecoded: 0 };
  for (const raw of values) {
    const stat = raw as StatLike;
    if (stat.type === 'candidate-pair' && (stat.nominated || stat.selected) && stat.state === 'succeeded') {
      if (typeof stat.currentRoundTripTime === 'number')
        sample.roundTripMs = Math.round(stat.currentRoundTripTime * 1000);
    } else if (stat.type === 'inbound-rtp') {
      sample.packetsReceived += stat.packetsReceived ?? 0;
      sample.packetsLost += Math.max(0, stat.packetsLost ?? 0);
      if (stat.kind === 'video') sample.videoFramesDecoded += stat.framesDecoded ?? 0;
    }
  }
  return sample;
}

export type QualityLevel = 'good' | 'fair' | 'poor' | 'unknown';

export interface Quality {
  level: QualityLevel;
  words: string;
  lossPercent: number | null;
}

/**
 * Judges the last few seconds (loss from the difference between two samples, so an old burst
 * does not colour the whole call). Thresholds follow common VoIP practice: under 150 ms and 2 %
 * is good, above 400 ms or 8 % people notice.
 */
export function judgeQuality(previous: StatsSample | null, current: StatsSample): Quality {
  let lossPercent: number | null = null;
  if (previous) {
    const received = current.packetsReceived - previous.packetsReceived;
    const lost = current.packetsLost - previous.packetsLost;
    if (received + lost > 0) lossPercent = Math.round((Math.max(0, lost) / (received + Math.max(0, lost))) * 1000) / 10;
  }
  const rtt = current.roundTripMs;
  if (rtt === null && lossPercent === null)
    return { level: 'unknown', words: t('Checking the connection…'), lossPercent };
  const details = [
    rtt !== null ? t('delay {ms} ms', { ms: rtt }) : null,
    lossPercent !== null ? t('{percent}% lost', { percent: lossPercent }) : null,
  ]
    .filter(Boolean)
    .join(', ');
  if ((rtt ?? 0) > 400 || (lossPercent ?? 0) > 8) {
    return {
      level: 'poor',
      words: t('Poor connection: sound and picture may break up ({details})', { details }),
      lossPercent,
    };
  }
  if ((rtt ?? 0) > 150 || (lossPercent ?? 0) > 2) {
    return { level: 'fair', words: t('Fair connection: small delays possible ({details})', { details }), lossPercent };
  }
  return { level: 'good', words: t('Good connection ({details})', { details }), lossPercent };
}

/** RTCPeerConnection.connectionState in words a patient understands. */
export function connectionWords(state: RTCPeerConnectionState | 'none', reconnecting: boolean): string {
  if (reconnecting && state !== 'connected') return t('Connection lost. Reconnecting…');
  switch (state) {
    case 'none':
    case 'new':
      return t('Starting the call…');
    case 'connecting':
      return t('Connecting…');
    case 'connected':
      return reconnecting ? t('Connected. Restoring the link to Motus…') : t('Connected');
    case 'disconnected':
      return t('Connection interrupted. Trying to restore it…');
    case 'failed':
      return t('The connection failed. Trying again…');
    case 'closed':
      return t('The call has ended');
  }
}
