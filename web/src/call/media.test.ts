import { describe, expect, it } from 'vitest';
import { deviceOptions, openLocalMedia, problemWords } from './media.ts';

const stream = { id: 'stream' } as unknown as MediaStream;
const fail = (name: string) => Promise.reject(new DOMException('no', name));

describe('openLocalMedia', () => {
  it('asksForCameraAndMicrophoneFirst', async () => {
    const asked: MediaStreamConstraints[] = [];
    const media = await openLocalMedia({ videoId: 'cam2' }, (c) => (asked.push(c), Promise.resolve(stream)));
    expect(media).toEqual({ stream, problem: null });
    expect(asked[0]).toMatchObject({ audio: true, video: { deviceId: { exact: 'cam2' } } });
  });
  it('fallsBackToSoundOnlyWithoutACamera', async () => {
    const media = await openLocalMedia({}, (c) => (c.video ? fail('NotFoundError') : Promise.resolve(stream)));
    expect(media).toEqual({ stream, problem: 'no-camera' });
  });
  it('fallsBackToPictureOnlyWithoutAMicrophone', async () => {
    const media = await openLocalMedia({}, (c) => (c.audio ? fail('NotFoundError') : Promise.resolve(stream)));
    expect(media).toEqual({ stream, problem: 'no-microphone' });
  });
  it('stopsAtTheFirstRefusal', async () => {
    let calls = 0;
    const media = await openLocalMedia({}, () => (calls++, fail('NotAllowedError')));
    expect(media).toEqual({ stream: null, problem: 'denied' });
    expect(calls).toBe(1);
    expect(problemWords('denied')).toContain('Allow them in your browser settings');
  });
  it('joinsWithoutMediaWhenThereIsNoDevice', async () => {
    expect(await openLocalMedia({}, () => fail('NotFoundError'))).toEqual({ stream: null, problem: 'no-devices' });
    expect(await openLocalMedia({}, () => fail('NotReadableError'))).toEqual({ stream: null, problem: 'unavailable' });
  });
});

describe('deviceOptions', () => {
  it('namesDevicesWhoseLabelsAreHiddenBeforePermission', () => {
    const devices = [
      { kind: 'videoinput', deviceId: 'a', label: '' },
      { kind: 'videoinput', deviceId: 'b', label: 'Front camera' },
      { kind: 'audioinput', deviceId: 'm', label: 'Mic' },
      { kind: 'videoinput', deviceId: '', label: '' },
    ] as MediaDeviceInfo[];
    expect(deviceOptions(devices, 'videoinput')).toEqual([
      { id: 'a', label: 'Camera 1' },
      { id: 'b', label: 'Front camera' },
    ]);
  });
});
