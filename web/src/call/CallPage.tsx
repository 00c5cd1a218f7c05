import { useEffect, useState } from 'preact/hooks';
import { signInPath, type Me } from '../api/session.ts';
import { fetchVisit, type Visit } from '../api/visits.ts';
import { LoadFailure } from '../loading/LoadFailure.tsx';
import { useLoad } from '../loading/useLoad.ts';
import { CallSession, type CallSnapshot } from './callSession.ts';
import { InCall } from './InCall.tsx';
import { Lobby } from './Lobby.tsx';
import type { LocalMedia } from './media.ts';
import { connectionWords } from './quality.ts';
import './call.css';
import { t } from '../i18n/i18n.ts';

/** `/visits/:id/call` for both participants: preview, waiting room, the call. */
export function CallPage({ id }: { id: string; me: Me }) {
  const [visit, retry] = useLoad((signal) => fetchVisit(id, signal));
  if (visit.status === 'loading') return <p class="loading">{t('Loading the visit…')}</p>;
  if (visit.status === 'failed') return <LoadFailure error={visit.error} what={t('this visit')} onRetry={retry} />;
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
      <h1 id="call-heading">{t('Video visit with {name}', { name: otherName })}</h1>
      {phase === 'lobby' && <Lobby visit={visit} onJoin={join} />}
      {session && snapshot && phase !== 'lobby' && (
        <Room
          session={session}
          snapshot={snapshot}
          visit={visit}
          otherName={otherName}
          onRejoin={() => setSession(null)}
        />
      )}
    </section>
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
          <p id="call-presence">
            {snapshot.peerPresent
              ? t('{name} is in the waiting room.', { name: otherName })
              : t('{name} has not joined yet.', { name: otherName })}
          </p>
          <button
            id="admit-patient"
            type="button"
            class="call-primary"
            disabled={!snapshot.peerPresent}
            onClick={() => session.admit()}
          >
            {t('Admit {name}', { name: otherName })}
          </button>
        </div>
      )}
      {snapshot.phase === 'waiting-room' && !therapist && (
        <div class="call-waiting">
          <p>{t('Your therapist will admit you. Please keep this page open.')}</p>
          <p id="call-presence">
            {snapshot.peerPresent
              ? t('{name} is here.', { name: otherName })
              : t('{name} has not joined yet.', { name: otherName })}
          </p>
        </div>
      )}
      {snapshot.phase === 'in-call' && (
        <InCall session={session} snapshot={snapshot} therapist={therapist} visit={visit} otherName={otherName} />
      )}
      {snapshot.phase === 'waiting-room' && !therapist && (
        <button type="button" class="call-secondary" onClick={() => session.leave()}>
          {t('Leave the waiting room')}
        </button>
      )}
      {snapshot.phase === 'left' && (
        <button id="rejoin-call" type="button" class="call-primary" onClick={onRejoin}>
          {t('Join again')}
        </button>
      )}
      {snapshot.phase === 'signed-out' && (
        <a id="sign-in-again" href={signInPath} class="call-primary">
          {t('Sign in again')}
        </a>
      )}
      {(snapshot.phase === 'left' ||
        snapshot.phase === 'ended' ||
        snapshot.phase === 'replaced' ||
        snapshot.phase === 'not-joinable') && (
        <a href="/" class="call-home">
          {t('Back to Motus')}
        </a>
      )}
    </div>
  );
}

function roomWords(s: CallSnapshot, therapist: boolean, otherName: string, reconnecting: boolean): string {
  switch (s.phase) {
    case 'lobby':
    case 'joining':
      return reconnecting && s.signalling === 'reconnecting'
        ? t('Cannot reach Motus. Trying again…')
        : t('Connecting to Motus…');
    case 'waiting-room':
      if (reconnecting) return t('Connection to Motus lost. Reconnecting…');
      return therapist ? t('You are in the visit room.') : t('You are in the waiting room.');
    case 'in-call':
      if (s.peerLost && s.connectionState !== 'connected')
        return t('{name} lost their connection. Waiting for them to come back…', { name: otherName });
      if (!s.peerPresent && s.connectionState === 'none') return t('Waiting for {name}…', { name: otherName });
      return connectionWords(s.connectionState, reconnecting);
    case 'ended':
      return t('The visit has ended. Thank you.');
    case 'replaced':
      return t('This visit is open in another tab or device. You can close this one.');
    case 'not-joinable':
      return t('This visit cannot be joined now.');
    case 'left':
      return t('You left the call.');
    case 'signed-out':
      return t('You were signed out, so the call stopped. Sign in again to rejoin the visit.');
  }
}
