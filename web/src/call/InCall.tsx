import { useEffect, useRef, useState } from 'preact/hooks';
import type { Visit } from '../api/visits.ts';
import type { CallSession, CallSnapshot } from './callSession.ts';
import { ChatPanel, unreadCount } from './ChatPanel.tsx';
import { ExercisePicker } from './ExercisePicker.tsx';
import { t } from '../i18n/i18n.ts';

/** In the call: the other person large, self view small, the exercise card and the controls. */
export function InCall({
  session,
  snapshot,
  therapist,
  visit,
  otherName,
}: {
  session: CallSession;
  snapshot: CallSnapshot;
  therapist: boolean;
  visit: Visit;
  otherName: string;
}) {
  const remoteVideo = useRef<HTMLVideoElement>(null);
  const selfVideo = useRef<HTMLVideoElement>(null);
  const [micOn, setMicOn] = useState(true);
  const [cameraOn, setCameraOn] = useState(true);
  const [showPicker, setShowPicker] = useState(false);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const [showChat, setShowChat] = useState(false);
  const [seenLines, setSeenLines] = useState(0);
  useEffect(() => {
    if (showChat) setSeenLines(snapshot.chat.length);
  }, [showChat, snapshot.chat.length]);
  const unread = showChat ? 0 : unreadCount(snapshot.chat, seenLines);
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
        <video
          ref={remoteVideo}
          id="remote-video"
          class="call-remote"
          autoPlay
          playsInline
          aria-label={t('Video of {name}', { name: otherName })}
        />
        <p id="peer-media" class="call-peer-media" aria-live="polite">
          {peerMediaWords(otherName, snapshot.peerMedia)}
        </p>
        {hasCamera && (
          <video ref={selfVideo} class="call-self" autoPlay playsInline muted aria-label={t('Your own video')} />
        )}
      </div>
      {snapshot.quality && (
        <p id="call-quality" class={`call-quality call-quality-${snapshot.quality.level}`}>
          {snapshot.quality.words}
        </p>
      )}
      {snapshot.exercise && !therapist && (
        <section id="shared-exercise" class="call-exercise" aria-labelledby="shared-exercise-heading" role="region">
          <h2 id="shared-exercise-heading" ref={exerciseHeading} tabIndex={-1}>
            {t('Exercise: {name}', { name: snapshot.exercise.name })}
          </h2>
          {snapshot.exercise.dosage && <p>{snapshot.exercise.dosage}</p>}
          {snapshot.exercise.instructions.length > 0 && (
            <ol>
              {snapshot.exercise.instructions.map((step, i) => (
                <li key={i}>{step}</li>
              ))}
            </ol>
          )}
          {snapshot.exercise.notes && (
            <p>{t('Note from your therapist: {notes}', { notes: snapshot.exercise.notes })}</p>
          )}
          <button type="button" class="call-secondary" onClick={() => session.dismissExercise()}>
            {t('Close the exercise')}
          </button>
        </section>
      )}
      <div class="call-controls" role="group" aria-label={t('Call controls')}>
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
          {micOn ? t('Mute') : t('Unmute')}
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
          {cameraOn ? t('Turn camera off') : t('Turn camera on')}
        </button>
        {therapist && typeof navigator.mediaDevices?.getDisplayMedia === 'function' && (
          <button
            id="toggle-screen"
            type="button"
            aria-pressed={snapshot.screenSharing}
            onClick={() => void session.shareScreen(!snapshot.screenSharing).catch(() => undefined)}
          >
            {snapshot.screenSharing ? t('Stop sharing screen') : t('Share screen')}
          </button>
        )}
        {therapist && (
          <button
            id="show-exercise"
            type="button"
            aria-expanded={showPicker}
            disabled={!snapshot.exerciseChannelOpen}
            onClick={() => setShowPicker(!showPicker)}
          >
            {t('Show an exercise')}
          </button>
        )}
        <button id="toggle-chat" type="button" aria-expanded={showChat} onClick={() => setShowChat(!showChat)}>
          {unread > 0 ? t('Chat ({count} new)', { count: unread }) : t('Chat')}
        </button>
        <button id="leave-call" type="button" class="call-hangup" onClick={() => session.leave()}>
          {therapist ? t('Leave') : t('Hang up')}
        </button>
        {therapist && !confirmEnd && (
          <button id="end-visit" type="button" class="call-hangup" onClick={() => setConfirmEnd(true)}>
            {t('End visit')}
          </button>
        )}
        {therapist && confirmEnd && (
          <span class="call-confirm">
            <button id="end-visit-confirm" type="button" class="call-hangup" onClick={() => session.endVisit()}>
              {t('End the visit for both')}
            </button>
            <button type="button" onClick={() => setConfirmEnd(false)}>
              {t('Keep the visit going')}
            </button>
          </span>
        )}
      </div>
      <p class="visually-hidden" aria-live="polite">
        {unread > 0
          ? t('{count, plural, one {# new chat message} other {# new chat messages}} from {name}', {
              count: unread,
              name: otherName,
            })
          : ''}
      </p>
      {showChat && (
        <ChatPanel
          lines={snapshot.chat}
          open={snapshot.chatOpen}
          otherName={otherName}
          onSend={(text) => session.sendChat(text)}
        />
      )}
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

/** What the other side said of their microphone and camera, in words (empty while both are on or unknown). */
export function peerMediaWords(name: string, media: CallSnapshot['peerMedia']): string {
  if (!media || (media.audio && media.video)) return '';
  if (!media.audio && !media.video) return t('{name} has muted and turned the camera off', { name });
  return media.audio ? t('{name} turned the camera off', { name }) : t('{name} has muted', { name });
}
