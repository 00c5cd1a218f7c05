import { Route, Router, lazy, useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { fetchMyConsents, type Consents } from '../api/consents.ts';
import type { Me } from '../api/session.ts';
import { LoadFailure } from '../loading/LoadFailure.tsx';
import { useLoad } from '../loading/useLoad.ts';
import type { PatientRecord } from '../api/patients.ts';
import { ConsentsContext } from './consents.ts';
import { Today } from './Today.tsx';
import { Visits } from './Visits.tsx';
import { PatientContext, loadMyRecord, usePatient, usePatientServices } from './usePatient.ts';
import { NotFound } from '../notfound/NotFound.tsx';
import { UnreadBadge } from '../messages/UnreadBadge.tsx';
import { NotificationBell } from '../notifications/NotificationBell.tsx';
import { UnreadContext, useUnread, useUnreadPoll } from '../messages/useUnread.ts';
import { msg, t } from '../i18n/i18n.ts';
import './patient.css';

// chart.js is loaded by the charts themselves; the Progress screen is its own small chunk too.
const ProgressScreen = lazy(() => import('./ProgressScreen.tsx').then((m) => m.ProgressScreen));
// Shown once (and again when a consent text gets a new version): its own chunk.
const FirstSignIn = lazy(() => import('./welcome/FirstSignIn.tsx').then((m) => m.FirstSignIn));
const MessagesScreen = lazy(() => import('./messages/MessagesScreen.tsx').then((m) => m.MessagesScreen));
const Settings = lazy(() => import('./settings/Settings.tsx').then((m) => m.Settings));

const screens = [
  { path: '/', label: msg('Today') },
  { path: '/progress', label: msg('Progress') },
  { path: '/visits', label: msg('Visits') },
  { path: '/messages', label: msg('Messages') },
  { path: '/settings', label: msg('Settings') },
];

/**
 * The patient's screens and their navigation. The notice that Motus is not for emergencies, at the
 * foot of every patient screen, is drawn around them by the app (app.tsx, `Screens`).
 */
export function PatientApp({ me }: { me: Me }) {
  const [record, retry] = useLoad((signal) => loadMyRecord(me, signal));
  return (
    <>
      {record.status === 'loading' && <p class="loading">{t('Loading…')}</p>}
      {record.status === 'failed' && <LoadFailure error={record.error} what={t('your record')} onRetry={retry} />}
      {record.status === 'loaded' && <WithRecord record={record.value} />}
    </>
  );
}

function WithRecord({ record }: { record: PatientRecord }) {
  const services = usePatientServices(record);
  const unread = useUnreadPoll();
  if (services === null) return <p class="loading">{t('Loading…')}</p>;
  if ('failed' in services) {
    return (
      <p class="load-failure" role="alert">
        {t(
          'This browser does not let Motus keep your entries while offline (storage is blocked, for example in a private window). Please open Motus in a normal window.',
        )}
      </p>
    );
  }
  return (
    <PatientContext.Provider value={services}>
      <UnreadContext.Provider value={unread}>
        <ConsentGate>
          <PatientScreens />
        </ConsentGate>
      </UnreadContext.Provider>
    </PatientContext.Provider>
  );
}

/**
 * Issue 13 item 6: until the patient has decided on the consent texts in force, the first sign-in
 * flow stands in for the screens. When the consents cannot be read (offline), the screens show:
 * what the patient records is kept either way, and the flow comes back on the next start.
 */
function ConsentGate({ children }: { children: preact.ComponentChildren }) {
  const [consents] = useLoad((signal) => fetchMyConsents(signal));
  const [decided, setDecided] = useState<Consents | null>(null);
  if (consents.status === 'loading') return <p class="loading">{t('Loading…')}</p>;
  if (consents.status === 'loaded' && consents.value.decisionNeeded && decided === null) {
    return <FirstSignIn consents={consents.value} onDone={setDecided} />;
  }
  const current = decided ?? (consents.status === 'loaded' ? consents.value : null);
  return (
    <ConsentsContext.Provider value={{ consents: current, update: setDecided }}>{children}</ConsentsContext.Provider>
  );
}

function PatientScreens() {
  const services = usePatient();
  return (
    <>
      <PatientNav />
      {services.followUps.some((f) => f.status === 'OPEN') && <FollowUpPrompt />}
      <Router>
        <Route path="/" component={Today} />
        <Route path="/progress" component={ProgressScreen} />
        <Route path="/visits" component={Visits} />
        <Route path="/messages" component={MessagesScreen} />
        <Route path="/settings" component={Settings} />
        <Route default component={() => <NotFound homeLabel={t('Today')} />} />
      </Router>
    </>
  );
}

function PatientNav() {
  const { path } = useLocation();
  const unread = useUnread();
  return (
    <nav class="patient-nav" aria-label={t('Your screens')}>
      <ul>
        {screens.map((screen) => (
          <li key={screen.path}>
            <a href={screen.path} aria-current={path === screen.path ? 'page' : undefined}>
              {t(screen.label)}
              {screen.path === '/messages' && <UnreadBadge count={unread.total} />}
            </a>
          </li>
        ))}
      </ul>
      <NotificationBell pushPurpose={t('reminders and new messages')} />
    </nav>
  );
}

/** The in-app prompt when a two-hour follow-up is due and the patient is on another screen. */
function FollowUpPrompt() {
  const { path } = useLocation();
  if (path === '/') return null;
  return (
    <p class="card follow-up-prompt" role="alert" id="follow-up-prompt">
      {t('It is about two hours since your session.')} <a href="/">{t('Tell us how your pain is now')}</a>.
    </p>
  );
}
