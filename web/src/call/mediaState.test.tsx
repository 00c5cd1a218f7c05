import { render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { aVisit } from '../testing/callFixtures.ts';
import { CallSession, type CallSnapshot } from './callSession.ts';
import { InCall, peerMediaWords } from './InCall.tsx';
import { encode, parse, type ClientMessage, type ServerMessage } from './protocol.ts';

/** Tells each side whether the other muted or turned the camera off (issue 19, "A call that fits the screen"). */
describe('media state', () => {
  it('isAProtocolMessageWithTwoBooleans', () => {
    expect(encode({ type: 'media-state', audio: false, video: true })).toBe(
      '{"v":1,"type":"media-state","audio":false,"video":true}',
    );
    expect(parse('{"v":1,"type":"media-state","audio":false,"video":true}')).toEqual({
      type: 'media-state',
      audio: false,
      video: true,
    });
    expect(parse('{"v":1,"type":"media-state","audio":"no","video":true}')).toBeNull();
    expect(parse('{"v":1,"type":"media-state","audio":false}')).toBeNull();
  });

  function sessionWithSpy() {
    const track = (kind: string) => ({ kind, enabled: true, stop: () => undefined }) as unknown as MediaStreamTrack;
    const audio = track('audio');
    const video = track('video');
    const stream = {
      getAudioTracks: () => [audio],
      getVideoTracks: () => [video],
      getTracks: () => [audio, video],
    } as unknown as MediaStream;
    const session = new CallSession('visit-1', 'patient', stream);
    const sent: ClientMessage[] = [];
    const internals = session as unknown as {
      channel: { send(message: ClientMessage): void };
      onMessage(message: ServerMessage): Promise<void>;
    };
    internals.channel.send = (message) => void sent.push(message);
    return { session, sent, receive: (m: ServerMessage) => internals.onMessage(m), audio };
  }

  it('isSentWhenTheCallStartsAndAtEachToggleAndTheOtherSidesIsKept', async () => {
    const { session, sent, receive, audio } = sessionWithSpy();

    session.setMicrophoneOn(false); // before the call: nothing to tell yet
    expect(sent).toEqual([]);
    await receive({ type: 'joined', role: 'patient', status: 'IN_PROGRESS', peerPresent: true, reconnect: false });
    expect(sent).toEqual([{ type: 'media-state', audio: false, video: true }]);
    expect(audio.enabled).toBe(false);

    session.setCameraOn(false);
    session.setMicrophoneOn(true);
    expect(sent.slice(1)).toEqual([
      { type: 'media-state', audio: false, video: false },
      { type: 'media-state', audio: true, video: false },
    ]);

    await receive({ type: 'media-state', audio: false, video: true });
    expect(session.state.peerMedia).toEqual({ audio: false, video: true });
    await receive({ type: 'peer-left', role: 'therapist', reason: 'left' });
    expect(session.state.peerMedia).toBeNull();
    session.dispose();
  });

  it('readsAsWordsOnTheOtherPersonsVideo', () => {
    expect(peerMediaWords('Tess', null)).toBe('');
    expect(peerMediaWords('Tess', { audio: true, video: true })).toBe('');
    expect(peerMediaWords('Tess', { audio: false, video: true })).toBe('Tess has muted');
    expect(peerMediaWords('Tess', { audio: true, video: false })).toBe('Tess turned the camera off');
    expect(peerMediaWords('Tess', { audio: false, video: false })).toBe('Tess has muted and turned the camera off');

    const session = { localMedia: null, markFirstFrame: vi.fn() } as unknown as CallSession;
    const snapshot = {
      remoteStream: null,
      exercise: null,
      quality: null,
      peerMedia: { audio: false, video: true },
      chat: [],
      chatOpen: false,
    };
    render(
      <InCall
        session={session}
        snapshot={snapshot as unknown as CallSnapshot}
        therapist={false}
        visit={aVisit()}
        otherName="Tess Therapist"
      />,
    );
    expect(screen.getByText('Tess Therapist has muted').getAttribute('aria-live')).toBe('polite');
  });
});
