import { Route, Router, lazy, useLocation } from 'preact-iso';
import type { Me } from '../api/session.ts';
import { ExerciseList } from '../exercises/ExerciseList.tsx';
import { Caseload } from './caseload/Caseload.tsx';
import { PatientPage } from './patient/PatientPage.tsx';
import { PlanEditorScreen } from './plan-editor/PlanEditor.tsx';
import { Visits } from './visits/Visits.tsx';
import { UnreadBadge } from '../messages/UnreadBadge.tsx';
import { UnreadContext, useUnreadPoll } from '../messages/useUnread.ts';
import { NotificationBell } from '../notifications/NotificationBell.tsx';
import './therapist.css';
import { NotFound } from '../notfound/NotFound.tsx';
import { msg, t } from '../i18n/i18n.ts';

// Opened now and then: its own chunk.
const RecordEditorScreen = lazy(() => import('./patient/RecordEditor.tsx').then((m) => m.RecordEditorScreen));
const TherapistSettings = lazy(() => import('./settings/TherapistSettings.tsx').then((m) => m.TherapistSettings));

const sections = [
  { path: '/', label: msg('Caseload'), matches: (path: string) => path === '/' || path.startsWith('/patients/') },
  {
    path: '/visits',
    label: msg('Visits'),
    matches: (path: string) => path === '/visits' || path.startsWith('/visits/'),
  },
  { path: '/exercises', label: msg('Exercise library'), matches: (path: string) => path === '/exercises' },
  { path: '/settings', label: msg('Settings'), matches: (path: string) => path === '/settings' },
];

/** The therapist's screens and their navigation (a laptop between appointments). */
export function TherapistApp(_props: { me: Me }) {
  const { path } = useLocation();
  const unread = useUnreadPoll();
  return (
    <UnreadContext.Provider value={unread}>
      <div class="therapist-app">
        <nav class="therapist-nav" aria-label={t('Therapist')}>
          <ul>
            {sections.map((section) => (
              <li key={section.path}>
                <a href={section.path} aria-current={section.matches(path) ? 'page' : undefined}>
                  {t(section.label)}
                  {section.path === '/' && <UnreadBadge count={unread.total} />}
                </a>
              </li>
            ))}
          </ul>
          <NotificationBell pushPurpose={t('urgent alerts and new messages')} />
        </nav>
        <Router>
          <Route path="/" component={Caseload} />
          <Route path="/patients/:id" component={PatientPage} />
          <Route path="/patients/:id/plan" component={PlanEditorScreen} />
          <Route path="/patients/:id/record" component={RecordEditorScreen} />
          <Route path="/visits" component={Visits} />
          <Route path="/exercises" component={TherapistLibrary} />
          <Route path="/settings" component={TherapistSettings} />
          <Route default component={() => <NotFound homeLabel={t('your patients')} />} />
        </Router>
      </div>
    </UnreadContext.Provider>
  );
}

/** The library as a therapist sees it: the clinic's own exercises can be added, edited and given a demonstration. */
function TherapistLibrary() {
  return <ExerciseList editable />;
}
