import { ExerciseList } from './exercises/ExerciseList.tsx';
import { LoadFailure } from './loading/LoadFailure.tsx';
import { SessionHeader } from './session/SessionHeader.tsx';
import { useSession } from './session/useSession.ts';

export function App() {
  const [session, retrySession] = useSession();
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to main content
      </a>
      <SessionHeader session={session} />
      <main id="main" tabIndex={-1}>
        {session.status === 'failed' && (
          <LoadFailure error={session.error} what="your account" onRetry={retrySession} />
        )}
        {session.status === 'loaded' && session.value === null && <Welcome />}
        {session.status === 'loaded' && session.value !== null && <ExerciseList />}
      </main>
    </>
  );
}

function Welcome() {
  return (
    <section aria-labelledby="welcome-heading">
      <h1 id="welcome-heading">Welcome to Motus</h1>
      <p>Motus helps you do your home exercises and stay in touch with your physical therapist.</p>
      <p>Please sign in to see your exercises.</p>
    </section>
  );
}
