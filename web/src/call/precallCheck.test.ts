import { describe, expect, it } from 'vitest';
import { connectionWords, hasRelay, heardLevel, levelOf, microphoneWords } from './precallCheck.ts';

describe('the check before joining', () => {
  it('hears silence as zero and a loud signal as a full bar', () => {
    expect(levelOf(new Uint8Array(512).fill(128))).toBe(0);
    expect(levelOf([])).toBe(0);
    const loud = Uint8Array.from({ length: 512 }, (_, i) => (i % 2 === 0 ? 0 : 255));
    expect(levelOf(loud)).toBe(1);
    const quiet = Uint8Array.from({ length: 512 }, (_, i) => (i % 2 === 0 ? 126 : 130));
    expect(levelOf(quiet)).toBeGreaterThan(0);
    expect(levelOf(quiet)).toBeLessThan(heardLevel * 3);
  });

  it('says whether the microphone was heard', () => {
    expect(microphoneWords(false, 1)).toContain('No microphone');
    expect(microphoneWords(true, heardLevel - 0.001)).toContain('Say something');
    expect(microphoneWords(true, heardLevel)).toBe('Your microphone works.');
  });

  it('names the connection and the relay', () => {
    expect(connectionWords({ state: 'done', milliseconds: 120, relay: true })).toContain('good (120 ms)');
    expect(connectionWords({ state: 'done', milliseconds: 1000, relay: false })).toContain('slow');
    expect(connectionWords({ state: 'done', milliseconds: 10, relay: false })).toContain('no relay');
    expect(connectionWords({ state: 'failed' })).toContain('not answering');
    expect(hasRelay([{ urls: ['stun:x:3478'] }])).toBe(false);
    expect(hasRelay([{ urls: 'turn:x:3478?transport=udp' }])).toBe(true);
    expect(hasRelay([{ urls: ['stun:x', 'turns:x:5349'] }])).toBe(true);
  });
});
