import { t } from '../i18n/i18n.ts';
/** The camera and microphone before and during the call: asking for them, and what to say when we cannot. */

export type MediaProblem =
  /** The person (or the browser's settings) refused camera and microphone. */
  | 'denied'
  /** Neither a camera nor a microphone exists. */
  | 'no-devices'
  /** A microphone but no camera: audio only. */
  | 'no-camera'
  /** A camera but no microphone. */
  | 'no-microphone'
  /** The device is in use by another program, or failed. */
  | 'unavailable'
  /** The browser cannot do calls (no getUserMedia, or an insecure page). */
  | 'unsupported';

export interface LocalMedia {
  stream: MediaStream | null;
  problem: MediaProblem | null;
}

export interface DeviceChoice {
  audioId?: string | undefined;
  videoId?: string | undefined;
}

type GetUserMedia = (constraints: MediaStreamConstraints) => Promise<MediaStream>;

const errorName = (error: unknown) => (error instanceof Error || error instanceof DOMException ? error.name : '');

/**
 * Camera and microphone, falling back to what is there: both, else microphone only, else camera
 * only, else nothing (the person can still see and hear the other side).
 */
export async function openLocalMedia(choice: DeviceChoice, getUserMedia?: GetUserMedia): Promise<LocalMedia> {
  const gum = getUserMedia ?? browserGetUserMedia();
  if (!gum) return { stream: null, problem: 'unsupported' };
  const audio: MediaTrackConstraints | boolean = choice.audioId ? { deviceId: { exact: choice.audioId } } : true;
  const video: MediaTrackConstraints = {
    ...(choice.videoId ? { deviceId: { exact: choice.videoId } } : {}),
    width: { ideal: 640 },
    height: { ideal: 480 },
  };
  let firstError: unknown;
  try {
    return { stream: await gum({ audio, video }), problem: null };
  } catch (error) {
    firstError = error;
    if (isDenied(error)) return { stream: null, problem: 'denied' };
  }
  try {
    return { stream: await gum({ audio, video: false }), problem: 'no-camera' };
  } catch (error) {
    if (isDenied(error)) return { stream: null, problem: 'denied' };
  }
  try {
    return { stream: await gum({ audio: false, video }), problem: 'no-microphone' };
  } catch (error) {
    if (isDenied(error)) return { stream: null, problem: 'denied' };
  }
  const name = errorName(firstError);
  return { stream: null, problem: name === 'NotReadableError' || name === 'AbortError' ? 'unavailable' : 'no-devices' };
}

function isDenied(error: unknown): boolean {
  const name = errorName(error);
  return name === 'NotAllowedError' || name === 'SecurityError';
}

function browserGetUserMedia(): GetUserMedia | null {
  if (typeof navigator === 'undefined' || !navigator.mediaDevices?.getUserMedia) return null;
  return (constraints) => navigator.mediaDevices.getUserMedia(constraints);
}

/** What to tell the person, or null when all is well. */
export function problemWords(problem: MediaProblem | null): string | null {
  switch (problem) {
    case null:
      return null;
    case 'denied':
      return t(
        'Motus may not use your camera and microphone. Allow them in your browser settings (the camera icon in the address bar) and try again. You can still join to see and hear your therapist, but they will not see or hear you.',
      );
    case 'no-devices':
      return t(
        'No camera or microphone was found. You can still join to see and hear the other person, but they will not see or hear you.',
      );
    case 'no-camera':
      return t('No camera was found: you will join with sound only.');
    case 'no-microphone':
      return t('No microphone was found: the other person will see you but not hear you.');
    case 'unavailable':
      return t('Your camera or microphone is busy in another program. Close it and try again.');
    case 'unsupported':
      return t('This browser cannot make video calls. Please use a recent Chrome, Firefox, Safari or Edge.');
  }
}

export interface DeviceOption {
  id: string;
  label: string;
}

/** Cameras and microphones, with readable names even before permission (when labels are empty). */
export function deviceOptions(devices: MediaDeviceInfo[], kind: 'audioinput' | 'videoinput'): DeviceOption[] {
  const noun = kind === 'audioinput' ? 'Microphone' : 'Camera';
  return devices
    .filter((device) => device.kind === kind && device.deviceId !== '')
    .map((device, index) => ({ id: device.deviceId, label: device.label || `${noun} ${index + 1}` }));
}
