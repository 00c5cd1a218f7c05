import { LocationProvider, lazy, ErrorBoundary, useLocation } from 'preact-iso';
import { readEarly } from './api/http.ts';
import { fetchMyConsents, fetchMyRecord } from './api/firstReads.ts';
import { fetchMyToday, localIsoDate } from './api/routine.ts';
import { fetchMe, type Me } from './api/session.ts';
import { EmergencyNotice } from './patient/EmergencyNotice.tsx';
import { LoadFailure } from './loading/LoadFailure.tsx';
import { NotFound } from './notfound/NotFound.tsx';
import { SessionHeader } from './session/SessionHeader.tsx';
import { useSession } from './session/useSession.ts';
import { t } from './i18n/i18n.ts';
import { useLanguage } from './i18n/useLanguage.ts';
import { useAfterFirstPaint } from './loading/useAfterFirstPaint.ts';

// Each role's screens are their own chunk: a patient's phone never downloads the plan editor.
// Its file comes with the page (the gateway's Link header); it is compiled once the frame has painted.
const PatientApp = lazy(() => import('./patient/PatientApp.tsx').then((m) => m.PatientApp));
const TherapistApp = lazy(() => import('./therapist/TherapistApp.tsx').then((m) => m.TherapistApp));
const AdminApp = lazy(() => import('./admin/AdminApp.tsx').then((m) => m.AdminApp));
// The video call is its own chunk too, for both roles.
const CallPage = lazy(() => import('./call/CallPage.tsx').then((m) => m.CallPage));
// Only a person with no patient or therapist role sees the bare library: not in the first load.
const ExerciseList = lazy(() => import('./exercises/ExerciseList.tsx').then((m) => m.ExerciseList));

/** `/visits/:id/call` -> the visit id. */
const callRoute = /^\/visits\/([^/]+)\/call\/?$/;

/** Links the app routes itself; sign-in, sign-out and API links (downloads) are real page loads. */
const appLinks = /^\/(?!login|logout|api\/)/;

const ignore = () => undefined;

/**
 * Issue 18 item 6: starts the reads the first screen needs before anything renders, instead of
 * each after the previous screen has shown (on Slow 4G every round trip is over half a second).
 * Who is signed in; once that is a patient (and not on the call page): their record, their
 * consents and, on Today, today's routine, all at once. The screens read
 * these answers through request() (readEarly), so nothing is sent twice, and they alone decide what
 * is shown (401, failures, the consent gate): as before.
 * A therapist or admin sends none of the patient's reads.
 */
export function startEarlyReads(path: string) {
  readEarly(fetchMe)
    .then((me) => {
      if (!me || !isPatientView(me) || callRoute.test(path)) return;
      // Sent in the language being loaded (Accept-Language), as the screens ask. The consents are the
      // patient's own (no record id), so they need not wait for the record: one round trip, not two.
      readEarly(fetchMyRecord).catch(ignore);
      readEarly(fetchMyConsents).catch(ignore);
      if (path === '/') readEarly(() => fetchMyToday(localIsoDate())).catch(ignore);
    })
    .catch(ignore);
}

export function App() {
  const [session, retrySession] = useSession();
  const language = useLanguage(session.status === 'loaded' && session.value !== null);
  // Until the texts of the person's language are in (a few KB, in parallel with the session), only
  // a neutral line shows: no screen flashes up in another language.
  if (language.language === null) {
    return (
      <main id="main">
        <p class="loading" aria-busy="true">
          …
        </p>
      </main>
    );
  }
  return (
    <LocationProvider scope={appLinks}>
      <a class="skip-link" href="#main">
        {t('Skip to main content')}
      </a>
      <SessionHeader session={session} language={language} />
      <main id="main" tabIndex={-1} key={language.language}>
        {session.status === 'loading' && <p class="loading">{t('Loading…')}</p>}
        {session.status === 'failed' && (
          <LoadFailure error={session.error} what={t('your account')} onRetry={retrySession} />
        )}
        {session.status === 'loaded' && session.value === null && <Welcome />}
        {session.status === 'loaded' && session.value !== null && (
          <ErrorBoundary>
            <Screens me={session.value} />
          </ErrorBoundary>
        )}
      </main>
    </LocationProvider>
  );
}

/** The signed-in person's screens, chosen by role (a therapist who is also a patient works as a therapist). */
function Screens({ me }: { me: Me }) {
  const { path } = useLocation();
  const call = callRoute.exec(path);
  if (call?.[1]) {
    return (
      <>
        <CallPage id={decodeURIComponent(call[1])} me={me} />
        {isPatientView(me) && <EmergencyNotice />}
      </>
    );
  }
  if (me.roles.includes('therapist')) return <TherapistApp me={me} />;
  if (me.roles.includes('patient')) return <PatientFrame me={me} />;
  if (me.roles.includes('admin') && path === '/') return <AdminApp me={me} />;
  if (path !== '/' && path !== '/exercises') return <NotFound homeLabel={t('the exercise list')} />;
  return <ExerciseList />;
}

/**
 * The patient's screens and, at their foot, the notice that Motus is not for emergencies (clinical-rules
 * §16). The notice is the entry's: it paints first, while the screens' code is still being compiled
 * (a quarter-speed phone CPU spends about 0.1 s on it), and stays as they come (issue 18, cold LCP).
 * The screens wait only for that paint; their own reads went out with /me (startEarlyReads).
 */
function PatientFrame({ me }: { me: Me }) {
  const painted = useAfterFirstPaint();
  return (
    <>
      {painted && <PatientApp me={me} />}
      <EmergencyNotice />
    </>
  );
}

/** Works as a patient (a therapist who is also a patient works as a therapist). */
function isPatientView(me: Me): boolean {
  return me.roles.includes('patient') && !me.roles.includes('therapist');
}

function Welcome() {
  return (
    <section aria-labelledby="welcome-heading">
      <h1 id="welcome-heading">{t('Welcome to Motus')}</h1>
      <p>{t('Motus helps you do your home exercises and stay in touch with your physical therapist.')}</p>
      <p>{t('Please sign in to see your exercises.')}</p>
    </section>
  );
}
