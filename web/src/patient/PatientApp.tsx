import { Route, Router, lazy, useLocation } from 'preact-iso';
import type { Me } from '../api/session.ts';
import { LoadFailure } from '../loading/LoadFailure.tsx';
import { useLoad } from '../loading/useLoad.ts';
import type { PatientRecord } from '../api/patients.ts';
import { EmergencyNotice } from './EmergencyNotice.tsx';
import { Today } from './Today.tsx';
import { Visits } from './Visits.tsx';
import { PatientContext, loadMyRecord, usePatientServices } from './usePatient.ts';
import { NotFound } from '../notfound/NotFound.tsx';
import { UnreadBadge } from '../messages/UnreadBadge.tsx';
import { UnreadContext, useUnread, useUnreadPoll } from '../messages/useUnread.ts';
import './patient.css';

// chart.js is loaded by the charts themselves; the Progress screen is its own small chunk too.
const ProgressScreen = lazy(() => import('./ProgressScreen.tsx').then((m) => m.ProgressScreen));
const MessagesScreen = lazy(() => import('./messages/MessagesScreen.tsx').then((m) => m.MessagesScreen));

const screens = [
  { path: '/', label: 'Today' },
  { path: '/progress', label: 'Progress' },
  { path: '/visits', label: 'Visits' },
  { path: '/messages', label: 'Messages' },
];

/** The patient's screens and their navigation. */
export function PatientApp({ me }: { me: Me }) {
  const [record, retry] = useLoad((signal) => loadMyRecord(me, signal));
  return (
    <>
      {record.status === 'loading' && <p class="loading">Loading…</p>}
      {record.status === 'failed' && <LoadFailure error={record.error} what="your record" onRetry={retry} />}
      {record.status === 'loaded' && <WithRecord record={record.value} />}
      <EmergencyNotice />
    </>
  );
}

function WithRecord({ record }: { record: PatientRecord }) {
  const services = usePatientServices(record);
  const unread = useUnreadPoll();
  if (services === null) return <p class="loading">Loading…</p>;
  if ('failed' in services) {
    return (
      <p class="load-failure" role="alert">
        This browser does not let Motus keep your entries while offline (storage is blocked, for example in a private
        window). Please open Motus in a normal window.
      </p>
    );
  }
  return (
    <PatientContext.Provider value={services}>
      <UnreadContext.Provider value={unread}>
        <PatientNav />
        {services.followUps.some((f) => f.status === 'OPEN') && <FollowUpPrompt />}
        <Router>
          <Route path="/" component={Today} />
          <Route path="/progress" component={ProgressScreen} />
          <Route path="/visits" component={Visits} />
          <Route path="/messages" component={MessagesScreen} />
          <Route default component={() => <NotFound homeLabel="Today" />} />
        </Router>
      </UnreadContext.Provider>
    </PatientContext.Provider>
  );
}

function PatientNav() {
  const { path } = useLocation();
  const unread = useUnread();
  return (
    <nav class="patient-nav" aria-label="Your screens">
      <ul>
        {screens.map((screen) => (
          <li key={screen.path}>
            <a href={screen.path} aria-current={path === screen.path ? 'page' : undefined}>
              {screen.label}
              {screen.path === '/messages' && <UnreadBadge count={unread.total} />}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The in-app prompt when a two-hour follow-up is due and the patient is on another screen. */
function FollowUpPrompt() {
  const { path } = useLocation();
  if (path === '/') return null;
  return (
    <p class="card follow-up-prompt" role="alert" id="follow-up-prompt">
      It is about two hours since your session. <a href="/">Tell us how your pain is now</a>.
    </p>
  );
}
