import { describe, expect, it } from 'vitest';
import { connectionWords, judgeQuality, readStats } from './quality.ts';

describe('readStats', () => {
  it('takesTheSelectedPairsRoundTripAndSumsInboundStreams', () => {
    const sample = readStats([
      { type: 'candidate-pair', state: 'succeeded', nominated: true, currentRoundTripTime: 0.0421 },
      { type: 'candidate-pair', state: 'failed', nominated: false, currentRoundTripTime: 2 },
      { type: 'inbound-rtp', kind: 'video', packetsReceived: 900, packetsLost: 10, framesDecoded: 120 },
      { type: 'inbound-rtp', kind: 'audio', packetsReceived: 100, packetsLost: 0 },
      { type: 'outbound-rtp', kind: 'video', framesEncoded: 999 },
    ]);
    expect(sample).toEqual({ roundTripMs: 42, packetsReceived: 1000, packetsLost: 10, videoFramesDecoded: 120 });
  });
});

describe('judgeQuality', () => {
  const base = { roundTripMs: 40, packetsReceived: 1000, packetsLost: 0, videoFramesDecoded: 0 };
  it('callsALowDelayLosslessLinkGood', () => {
    expect(judgeQuality(base, { ...base, packetsReceived: 2000 })).toEqual({
      level: 'good',
      words: 'Good connection (delay 40 ms, 0% lost)',
      lossPercent: 0,
    });
  });
  it('judgesLossOnlySinceTheLastSample', () => {
    const now = { ...base, packetsReceived: 1950, packetsLost: 50 };
    expect(judgeQuality(base, now).level).toBe('fair'); // 5 %
    expect(judgeQuality(now, { ...now, packetsReceived: 2950 }).level).toBe('good');
  });
  it('callsLongDelaysOrHeavyLossPoor', () => {
    expect(judgeQuality(null, { ...base, roundTripMs: 450 }).words).toBe(
      'Poor connection: sound and picture may break up (delay 450 ms)',
    );
    expect(judgeQuality(base, { ...base, packetsReceived: 1900, packetsLost: 100 }).level).toBe('poor');
  });
  it('saysItIsStillCheckingWithoutNumbers', () => {
    expect(judgeQuality(null, { ...base, roundTripMs: null }).level).toBe('unknown');
  });
});

describe('connectionWords', () => {
  it('putsStatesInPlainWords', () => {
    expect(connectionWords('connected', false)).toBe('Connected');
    expect(connectionWords('disconnected', false)).toBe('Connection interrupted. Trying to restore it…');
    expect(connectionWords('connecting', true)).toBe('Connection lost. Reconnecting…');
    expect(connectionWords('connected', true)).toBe('Connected. Restoring the link to Motus…');
  });
});
