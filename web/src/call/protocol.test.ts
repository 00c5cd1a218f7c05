import { describe, expect, it } from 'vitest';
import { encode, parse } from './protocol.ts';

describe('protocol', () => {
  it('readsTheServerMessagesOfSignallingMd', () => {
    expect(
      parse('{"v":1,"type":"joined","role":"therapist","status":"WAITING","peerPresent":true,"reconnect":false}'),
    ).toEqual({
      type: 'joined',
      role: 'therapist',
      status: 'WAITING',
      peerPresent: true,
      reconnect: false,
    });
    expect(parse('{"v":1,"type":"peer-left","role":"patient","reason":"disconnected"}')).toEqual({
      type: 'peer-left',
      role: 'patient',
      reason: 'disconnected',
    });
    expect(parse('{"v":1,"type":"ice-restart","reason":"peer-reconnected"}')).toEqual({
      type: 'ice-restart',
      reason: 'peer-reconnected',
    });
    expect(parse('{"v":1,"type":"candidate","candidate":null}')).toEqual({ type: 'candidate', candidate: null });
    expect(parse('{"v":1,"type":"error","code":"not-in-call","message":"No","ref":"7","refType":"offer"}')).toEqual({
      type: 'error',
      code: 'not-in-call',
      message: 'No',
      ref: '7',
      refType: 'offer',
    });
  });

  it('refusesWhatIsNotAVersion1MessageOfAKnownType', () => {
    expect(parse('nope')).toBeNull();
    expect(parse('[1]')).toBeNull();
    expect(parse('{"type":"pong"}')).toBeNull();
    expect(parse('{"v":2,"type":"pong"}')).toBeNull();
    expect(parse('{"v":1,"type":"hello"}')).toBeNull();
    expect(
      parse('{"v":1,"type":"joined","role":"admin","status":"WAITING","peerPresent":true,"reconnect":false}'),
    ).toBeNull();
    expect(parse('{"v":1,"type":"offer","sdp":"hello"}')).toBeNull();
    expect(parse('{"v":1,"type":"candidate","candidate":{"candidate":"c"}}')).toBeNull();
  });

  it('writesOnlyTheProtocolsFields', () => {
    expect(encode({ type: 'join' })).toBe('{"v":1,"type":"join"}');
    const offer = { type: 'offer', sdp: 'v=0\r\n', extra: 'leak' } as unknown as Parameters<typeof encode>[0];
    expect(encode(offer)).toBe('{"v":1,"type":"offer","sdp":"v=0\\r\\n"}');
    expect(
      JSON.parse(encode({ type: 'candidate', candidate: { candidate: 'candidate:1', sdpMid: '0', sdpMLineIndex: 0 } })),
    ).toEqual({
      v: 1,
      type: 'candidate',
      candidate: { candidate: 'candidate:1', sdpMid: '0', sdpMLineIndex: 0 },
    });
  });
});
