import { useEffect, useRef, useState } from 'preact/hooks';
import type { Me } from '../api/session.ts';
import { fetchVisit, type Visit } from '../api/visits.ts';
import { LoadFailure } from '../loading/LoadFailure.tsx';
import { useLoad } from '../loading/useLoad.ts';
import { CallSession, type CallSnapshot } from './callSession.ts';
import { ExercisePicker } from './ExercisePicker.tsx';
import { deviceOptions, openLocalMedia, problemWords, type DeviceOption, type LocalMedia } from './media.ts';
import { connectionWords } from './quality.ts';
import './call.css';

/** `/visits/:id/call` for both participants: preview, waiting room, the call. */
export function CallPage({ id }: { id: string; me: Me }) {
  const [visit, retry] = useLoad((signal) => fetchVisit(id, signal));
  if (visit.status === 'loading') return <p class="loading">Loading the visit…</p>;
  if (visit.status === 'failed') return <LoadFailure error={visit.error} what="this visit" onRetry={retry} />;
  return <Call visit={visit.value} />;
}

function Call({ visit }: { visit: Visit }) {
  const [session, setSession] = useState<CallSession | null>(null);
  const [snapshot, setSnapshot] = useState<CallSnapshot | null>(null);
  const [joinClickedAt, setJoinClickedAt] = useState<number | null>(null);
  const otherName = visit.yourRole === 'therapist' ? visit.patientName : visit.therapistName;

  useEffect(() => {
    if (!session) return undefined;
    const unsubscribe = session.subscribe(setSnapshot);
    setSnapshot(session.state);
    void session.start();
    return () => {
      unsubscribe();
      session.dispose();
    };
  }, [session]);

  const join = (media: LocalMedia) => {
    setJoinClickedAt(Date.now());
    setSession(new CallSession(visit.id, visit.yourRole, media.stream));
  };

  const phase = snapshot?.phase ?? 'lobby';
  return (
    <section
      id="call"
      class="call"
      aria-labelledby="call-heading"
      data-phase={phase}
      data-role={visit.yourRole}
      data-signalling={snapshot?.signalling ?? 'idle'}
      data-connection-state={snapshot?.connectionState ?? 'none'}
      data-frames-decoded={snapshot?.framesDecoded ?? 0}
      data-join-clicked-at={joinClickedAt ?? ''}
      data-connected-at={snapshot?.connectedAt ?? ''}
      data-first-frame-at={snapshot?.firstFrameAt ?? ''}
      data-ice-restarts={snapshot?.iceRestarts ?? 0}
      data-rejoins={snapshot?.rejoins ?? 0}
      data-remote-ice-ufrag={snapshot?.remoteIceUfrag ?? ''}
      data-local-candidates={(snapshot?.localCandidates ?? []).join(' | ')}
    >
      <h1 id="call-heading">Video visit with {otherName}</h1>
      {phase === 'lobby' && <Lobby visit={visit} onJoin={join} />}
      {session && snapshot && phase !== 'lobby' && (
        <Room session={session} snapshot={snapshot} visit={visit} otherName={otherName} onRejoin={() => setSession(null)} />
      )}
    </section>
  );
}

/** Before joining: what the camera sees, which devices, and the Join button. */
function Lobby({ visit, onJoin }: { visit: Visit; onJoin: (media: LocalMedia) => void }) {
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
        {new Date(visit.start).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })} ·{' '}
        {visit.durationMinutes} minutes
      </p>
      {!visit.joinableNow && (
        <p class="call-notice" role="status">
          {visit.status === 'ENDED' || visit.status === 'CANCELLED'
            ? 'This visit is over.'
            : 'The waiting room opens 10 minutes before the start.'}
        </p>
      )}
      <div class="call-preview">
        {hasVideo ? (
          <video ref={preview} class="call-preview-video" autoPlay playsInline muted aria-label="Your camera preview" />
        ) : (
          <div class="call-preview-empty">{media ? 'No camera picture' : 'Starting your camera…'}</div>
        )}
      </div>
      {problem && (
        <div class="call-problem" role="alert">
          <p>{problem}</p>
          <button type="button" class="call-secondary" onClick={() => setAttempt((n) => n + 1)}>
            Try camera and microphone again
          </button>
        </div>
      )}
      <div class="call-devices">
        {cameras.length > 0 && (
          <label>
            Camera
            <select value={videoId ?? ''} onChange={(e) => setVideoId((e.target as HTMLSelectElement).value || undefined)}>
              {!videoId && <option value="">Default camera</option>}
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
            Microphone
            <select value={audioId ?? ''} onChange={(e) => setAudioId((e.target as HTMLSelectElement).value || undefined)}>
              {!audioId && <option value="">Default microphone</option>}
              {microphones.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
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
        {media ? 'Join the visit' : 'Getting ready…'}
      </button>
    </div>
  );
}

interface RoomProps {
  session: CallSession;
  snapshot: CallSnapshot;
  visit: Visit;
  otherName: string;
  onRejoin: () => void;
}

function Room({ session, snapshot, visit, otherName, onRejoin }: RoomProps) {
  const therapist = visit.yourRole === 'therapist';
  const reconnecting = snapshot.signalling === 'reconnecting' || snapshot.signalling === 'connecting';
  const words = roomWords(snapshot, therapist, otherName, reconnecting);

  return (
    <div class="call-room">
      <p id="call-status" class="call-status" role="status" aria-live="polite">
        {words}
      </p>
      {snapshot.notice && (
        <p class="call-notice" role="alert">
          {snapshot.notice}
        </p>
      )}
      {snapshot.phase === 'waiting-room' && therapist && (
        <div class="call-waiting">
          <p id="call-presence">{snapshot.peerPresent ? `${otherName} is in the waiting room.` : `${otherName} has not joined yet.`}</p>
          <button id="admit-patient" type="button" class="call-primary" disabled={!snapshot.peerPresent} onClick={() => session.admit()}>
            Admit {otherName}
          </button>
        </div>
      )}
      {snapshot.phase === 'waiting-room' && !therapist && (
        <div class="call-waiting">
          <p>Your therapist will admit you. Please keep this page open.</p>
          <p id="call-presence">{snapshot.peerPresent ? `${otherName} is here.` : `${otherName} has not joined yet.`}</p>
        </div>
      )}
      {snapshot.phase === 'in-call' && <InCall session={session} snapshot={snapshot} therapist={therapist} visit={visit} otherName={otherName} />}
      {snapshot.phase === 'waiting-room' && !therapist && (
        <button type="button" class="call-secondary" onClick={() => session.leave()}>
          Leave the waiting room
        </button>
      )}
      {snapshot.phase === 'left' && (
        <button id="rejoin-call" type="button" class="call-primary" onClick={onRejoin}>
          Join again
        </button>
      )}
      {(snapshot.phase === 'left' || snapshot.phase === 'ended' || snapshot.phase === 'replaced' || snapshot.phase === 'not-joinable') && (
        <a href="/" class="call-home">
          Back to Motus
        </a>
      )}
    </div>
  );
}

function roomWords(s: CallSnapshot, therapist: boolean, otherName: string, reconnecting: boolean): string {
  switch (s.phase) {
    case 'lobby':
    case 'joining':
      return reconnecting && s.signalling === 'reconnecting' ? 'Cannot reach Motus. Trying again…' : 'Connecting to Motus…';
    case 'waiting-room':
      if (reconnecting) return 'Connection to Motus lost. Reconnecting…';
      return therapist ? 'You are in the visit room.' : 'You are in the waiting room.';
    case 'in-call':
      if (s.peerLost && s.connectionState !== 'connected') return `${otherName} lost their connection. Waiting for them to come back…`;
      if (!s.peerPresent && s.connectionState === 'none') return `Waiting for ${otherName}…`;
      return connectionWords(s.connectionState, reconnecting);
    case 'ended':
      return 'The visit has ended. Thank you.';
    case 'replaced':
      return 'This visit is open in another tab or device. You can close this one.';
    case 'not-joinable':
      return 'This visit cannot be joined now.';
    case 'left':
      return 'You left the call.';
  }
}

function InCall({ session, snapshot, therapist, visit, otherName }: { session: CallSession; snapshot: CallSnapshot; therapist: boolean; visit: Visit; otherName: string }) {
  const remoteVideo = useRef<HTMLVideoElement>(null);
  const selfVideo = useRef<HTMLVideoElement>(null);
  const [micOn, setMicOn] = useState(true);
  const [cameraOn, setCameraOn] = useState(true);
  const [showPicker, setShowPicker] = useState(false);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const exerciseHeading = useRef<HTMLHeadingElement>(null);

  // A new exercise from the therapist: bring it into view (below the video on a phone) and read it out.
  useEffect(() => {
    if (!snapshot.exercise || !exerciseHeading.current) return;
    exerciseHeading.current.focus();
    exerciseHeading.current.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [snapshot.exercise]);

  useEffect(() => {
    const video = remoteVideo.current;
    if (!video) return undefined;
    video.srcObject = snapshot.remoteStream;
    if (!snapshot.remoteStream) return undefined;
    let done = false;
    const first = () => {
      if (!done) session.markFirstFrame();
      done = true;
    };
    const withCallback = video as HTMLVideoElement & { requestVideoFrameCallback?: (cb: () => void) => number };
    if (withCallback.requestVideoFrameCallback) withCallback.requestVideoFrameCallback(first);
    else video.addEventListener('loadeddata', first, { once: true });
    return () => {
      done = true;
    };
  }, [snapshot.remoteStream, session]);

  const localStream = session.localMedia;
  useEffect(() => {
    if (selfVideo.current) selfVideo.current.srcObject = localStream;
  }, [localStream]);
  const hasCamera = (localStream?.getVideoTracks().length ?? 0) > 0;
  const hasMicrophone = (localStream?.getAudioTracks().length ?? 0) > 0;

  return (
    <div class="call-stage">
      <div class="call-videos">
        <video ref={remoteVideo} id="remote-video" class="call-remote" autoPlay playsInline aria-label={`${otherName}'s video`} />
        {hasCamera && <video ref={selfVideo} class="call-self" autoPlay playsInline muted aria-label="Your own video" />}
      </div>
      {snapshot.quality && (
        <p id="call-quality" class={`call-quality call-quality-${snapshot.quality.level}`}>
          {snapshot.quality.words}
        </p>
      )}
      {snapshot.exercise && !therapist && (
        <section id="shared-exercise" class="call-exercise" aria-labelledby="shared-exercise-heading" role="region">
          <h2 id="shared-exercise-heading" ref={exerciseHeading} tabIndex={-1}>Exercise: {snapshot.exercise.name}</h2>
          {snapshot.exercise.dosage && <p>{snapshot.exercise.dosage}</p>}
          {snapshot.exercise.instructions.length > 0 && (
            <ol>
              {snapshot.exercise.instructions.map((step, i) => (
                <li key={i}>{step}</li>
              ))}
            </ol>
          )}
          {snapshot.exercise.notes && <p>Note from your therapist: {snapshot.exercise.notes}</p>}
          <button type="button" class="call-secondary" onClick={() => session.dismissExercise()}>
            Close the exercise
          </button>
        </section>
      )}
      <div class="call-controls" role="group" aria-label="Call controls">
        <button
          id="toggle-microphone"
          type="button"
          aria-pressed={!micOn}
          disabled={!hasMicrophone}
          onClick={() => {
            session.setMicrophoneOn(!micOn);
            setMicOn(!micOn);
          }}
        >
          {micOn ? 'Mute' : 'Unmute'}
        </button>
        <button
          id="toggle-camera"
          type="button"
          aria-pressed={!cameraOn}
          disabled={!hasCamera}
          onClick={() => {
            session.setCameraOn(!cameraOn);
            setCameraOn(!cameraOn);
          }}
        >
          {cameraOn ? 'Turn camera off' : 'Turn camera on'}
        </button>
        {therapist && typeof navigator.mediaDevices?.getDisplayMedia === 'function' && (
          <button
            id="toggle-screen"
            type="button"
            aria-pressed={snapshot.screenSharing}
            onClick={() => void session.shareScreen(!snapshot.screenSharing).catch(() => undefined)}
          >
            {snapshot.screenSharing ? 'Stop sharing screen' : 'Share screen'}
          </button>
        )}
        {therapist && (
          <button id="show-exercise" type="button" aria-expanded={showPicker} disabled={!snapshot.exerciseChannelOpen} onClick={() => setShowPicker(!showPicker)}>
            Show an exercise
          </button>
        )}
        <button id="leave-call" type="button" class="call-hangup" onClick={() => session.leave()}>
          {therapist ? 'Leave' : 'Hang up'}
        </button>
        {therapist && !confirmEnd && (
          <button id="end-visit" type="button" class="call-hangup" onClick={() => setConfirmEnd(true)}>
            End visit
          </button>
        )}
        {therapist && confirmEnd && (
          <span class="call-confirm">
            <button id="end-visit-confirm" type="button" class="call-hangup" onClick={() => session.endVisit()}>
              End the visit for both
            </button>
            <button type="button" onClick={() => setConfirmEnd(false)}>
              Keep the visit going
            </button>
          </span>
        )}
      </div>
      {therapist && showPicker && (
        <ExercisePicker
          patientId={visit.patientId}
          onSend={(card) => {
            const sent = session.sendExercise(card);
            if (sent) setShowPicker(false);
            return sent;
          }}
        />
      )}
    </div>
  );
}
