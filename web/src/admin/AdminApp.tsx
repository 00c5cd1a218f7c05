import { lazy } from 'preact-iso';
import { useState } from 'preact/hooks';
import type { Me } from '../api/session.ts';
import { rememberedStatusPath } from './export/exportJob.ts';
import { InvitationsScreen, type InvitationServices } from './invitations/InvitationsScreen.tsx';
import { msg, t } from '../i18n/i18n.ts';
import type { MessageId } from '../i18n/catalog.ts';

// Each screen but the first is its own chunk, loaded when its tab is opened.
const StaffScreen = lazy(() => import('./staff/StaffScreen.tsx').then((m) => m.StaffScreen));
const PatientsScreen = lazy(() => import('./patients/PatientsScreen.tsx').then((m) => m.PatientsScreen));
const AuditScreen = lazy(() => import('./audit/AuditScreen.tsx').then((m) => m.AuditScreen));
const DeliveryScreen = lazy(() => import('./delivery/DeliveryScreen.tsx').then((m) => m.DeliveryScreen));
const ExportScreen = lazy(() => import('./export/ExportScreen.tsx').then((m) => m.ExportScreen));

/** What the admin screens call; tests pass their own (the invitations screen's, the default tab). */
export type AdminServices = InvitationServices;

type Tab = 'invitations' | 'staff' | 'patients' | 'audit' | 'delivery' | 'export';

const tabs: { id: Tab; label: MessageId }[] = [
  { id: 'invitations', label: msg('Invitations') },
  { id: 'staff', label: msg('Staff') },
  { id: 'patients', label: msg('Patients') },
  { id: 'audit', label: msg('Audit') },
  { id: 'delivery', label: msg('Delivery problems') },
  { id: 'export', label: msg('Export clinic data') },
];

/** The clinic admin's screens: invitations, staff, patients and care teams, the audit trail, delivery problems, the clinic export. */
export function AdminApp({ me, services }: { me: Me; services?: AdminServices }) {
  // A clinic export this tab was following opens again after a reload.
  const [tab, setTab] = useState<Tab>(() => (rememberedStatusPath() === null ? 'invitations' : 'export'));
  return (
    <section aria-labelledby="admin-heading" class="admin">
      <h1 id="admin-heading">{t('Clinic accounts')}</h1>
      <p>
        {t('Signed in as {name}.', { name: me.name })} <a href="/exercises">{t('Exercise list')}</a>
      </p>
      <nav aria-label={t('Administration')}>
        <ul class="admin-tabs">
          {tabs.map(({ id, label }) => (
            <li key={id}>
              <button type="button" aria-current={tab === id ? 'page' : undefined} onClick={() => setTab(id)}>
                {t(label)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {tab === 'invitations' && <InvitationsScreen {...(services ? { services } : {})} />}
      {tab === 'staff' && <StaffScreen me={me} />}
      {tab === 'patients' && <PatientsScreen />}
      {tab === 'audit' && <AuditScreen />}
      {tab === 'delivery' && <DeliveryScreen />}
      {tab === 'export' && <ExportScreen />}
    </section>
  );
}
