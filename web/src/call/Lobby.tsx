import { useEffect, useRef, useState } from 'preact/hooks';
import type { Visit } from '../api/visits.ts';
import { deviceOptions, openLocalMedia, problemWords, type DeviceOption, type LocalMedia } from './media.ts';
import { PreCallCheck } from './PreCallCheck.tsx';
import { dateFormat, t } from '../i18n/i18n.ts';

/** Before joining: what the camera sees, which devices, the check of microphone and connection, and Join. */
export function Lobby({ visit, onJoin }: { visit: Visit; onJoin: (media: LocalMedia) => void }) {
  const [media, setMedia] = useState<LocalMedia | null>(null);
  const [cameras, setCameras] = useState<DeviceOption[]>([]);
  const [microphones, setMicrophones] = useState<DeviceOption[]>([]);
  const [videoId, setVideoId] = useState<string | undefined>(undefined);
  const [audioId, setAudioId] = useState<string | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const handedOver = useRef(false);
  const preview = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    let cancelled = false;
    let opened: MediaStream | null = null;
    void openLocalMedia({ audioId, videoId }).then(async (result) => {
      opened = result.stream;
      if (cancelled) {
        result.stream?.getTracks().forEach((t) => t.stop());
        return;
      }
      setMedia(result);
      if (navigator.mediaDevices?.enumerateDevices) {
        const devices = await navigator.mediaDevices.enumerateDevices();
        setCameras(deviceOptions(devices, 'videoinput'));
        setMicrophones(deviceOptions(devices, 'audioinput'));
      }
    });
    return () => {
      cancelled = true;
      if (!handedOver.current) opened?.getTracks().forEach((t) => t.stop());
    };
  }, [audioId, videoId, attempt]);

  useEffect(() => {
    if (preview.current) preview.current.srcObject = media?.stream ?? null;
  }, [media]);

  const hasVideo = (media?.stream?.getVideoTracks().length ?? 0) > 0;
  const problem = problemWords(media?.problem ?? null);
  return (
    <div class="call-lobby">
      <p>
        {dateFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(new Date(visit.start))} ·{' '}
        {t('{minutes} minutes', { minutes: visit.durationMinutes })}
      </p>
      {!visit.joinableNow && (
        <p class="call-notice" role="status">
          {visit.status === 'ENDED' || visit.status === 'CANCELLED'
            ? t('This visit is over.')
            : t('The waiting room opens 10 minutes before the start.')}
        </p>
      )}
      <div class="call-preview">
        {hasVideo ? (
          <video
            ref={preview}
            class="call-preview-video"
            autoPlay
            playsInline
            muted
            aria-label={t('Your camera preview')}
          />
        ) : (
          <div class="call-preview-empty">{media ? t('No camera picture') : t('Starting your camera…')}</div>
        )}
      </div>
      {problem && (
        <div class="call-problem" role="alert">
          <p>{problem}</p>
          <button type="button" class="call-secondary" onClick={() => setAttempt((n) => n + 1)}>
            {t('Try camera and microphone again')}
          </button>
        </div>
      )}
      <div class="call-devices">
        {cameras.length > 0 && (
          <label>
            {t('Camera')}
            <select
              value={videoId ?? ''}
              onChange={(e) => setVideoId((e.target as HTMLSelectElement).value || undefined)}
            >
              {!videoId && <option value="">{t('Default camera')}</option>}
              {cameras.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
        )}
        {microphones.length > 0 && (
          <label>
            {t('Microphone')}
            <select
              value={audioId ?? ''}
              onChange={(e) => setAudioId((e.target as HTMLSelectElement).value || undefined)}
            >
              {!audioId && <option value="">{t('Default microphone')}</option>}
              {microphones.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {media && <PreCallCheck stream={media.stream} visitId={visit.id} />}
      <div class="call-join">
        <button
          id="join-call"
          type="button"
          class="call-primary"
          disabled={!media || !visit.joinableNow}
          onClick={() => {
            if (!media) return;
            handedOver.current = true;
            onJoin(media);
          }}
        >
          {media ? t('Join the visit') : t('Getting ready…')}
        </button>
      </div>
    </div>
  );
}
