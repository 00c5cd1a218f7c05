import { useEffect, useState } from 'preact/hooks';
import { fetchIceServers } from '../api/visits.ts';
import { connectionWords, hasRelay, levelOf, microphoneWords, type ConnectionCheck } from './precallCheck.ts';
import { t } from '../i18n/i18n.ts';

/** The microphone's level now and the loudest heard so far, from an AnalyserNode on the stream. */
function useMicrophoneLevel(stream: MediaStream | null): { level: number; loudest: number } {
  const [state, setState] = useState({ level: 0, loudest: 0 });
  useEffect(() => {
    setState({ level: 0, loudest: 0 });
    const AudioContextClass = window.AudioContext;
    if (!stream || stream.getAudioTracks().length === 0 || typeof AudioContextClass !== 'function') return undefined;
    const context = new AudioContextClass();
    const analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    context.createMediaStreamSource(stream).connect(analyser);
    const samples = new Uint8Array(analyser.fftSize);
    // A context made before any click may start suspended: the first click in the lobby resumes it.
    const resume = () => void context.resume().catch(() => undefined);
    document.addEventListener('pointerdown', resume);
    const timer = window.setInterval(() => {
      analyser.getByteTimeDomainData(samples);
      const level = levelOf(samples);
      setState((previous) => ({ level, loudest: Math.max(previous.loudest, level) }));
    }, 100);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('pointerdown', resume);
      void context.close().catch(() => undefined);
    };
  }, [stream]);
  return state;
}

/** Times one fetch of the visit's ICE servers: does Motus answer, how fast, and is a TURN relay there. */
function useConnectionCheck(visitId: string): ConnectionCheck {
  const [check, setCheck] = useState<ConnectionCheck>({ state: 'checking' });
  useEffect(() => {
    const controller = new AbortController();
    const started = performance.now();
    fetchIceServers(visitId, controller.signal).then(
      (answer) =>
        setCheck({
          state: 'done',
          milliseconds: Math.round(performance.now() - started),
          relay: hasRelay(answer.iceServers),
        }),
      () => !controller.signal.aborted && setCheck({ state: 'failed' }),
    );
    return () => controller.abort();
  }, [visitId]);
  return check;
}

/** Camera, microphone (a level meter) and connection, checked before joining. */
export function PreCallCheck({ stream, visitId }: { stream: MediaStream | null; visitId: string }) {
  const { level, loudest } = useMicrophoneLevel(stream);
  const connection = useConnectionCheck(visitId);
  const hasMicrophone = (stream?.getAudioTracks().length ?? 0) > 0;
  const hasCamera = (stream?.getVideoTracks().length ?? 0) > 0;
  return (
    <section class="call-check" aria-labelledby="call-check-heading">
      <h2 id="call-check-heading">{t('Check before joining')}</h2>
      <p id="camera-check">{hasCamera ? t('Your camera works: you see its picture.') : t('No camera picture.')}</p>
      {hasMicrophone && (
        <>
          <label for="mic-level">{t('Microphone level')}</label>
          <meter
            id="mic-level"
            min={0}
            max={1}
            low={0.05}
            high={0.8}
            optimum={0.4}
            value={level}
            data-loudest={loudest.toFixed(3)}
          />
        </>
      )}
      <p id="mic-check" aria-live="polite">
        {microphoneWords(hasMicrophone, loudest)}
      </p>
      <p id="connection-check" data-state={connection.state} aria-live="polite">
        {connectionWords(connection)}
      </p>
    </section>
  );
}
