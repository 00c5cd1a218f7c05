import { request } from './http.ts';
import { queryString } from './adminStaff.ts';

import type { components as Patients } from './generated/patient-service.ts';
import type { components as Plans } from './generated/therapist-service.ts';
import type { components as Gateway } from './generated/session-gateway.ts';

/** The services whose audit trails the viewer merges. */
export type AuditSource = 'patients' | 'plans' | 'visits';

/** One audit row from any service, with the service it came from. */
export interface AuditRow {
  source: AuditSource;
  id: string;
  occurredAt: string;
  actorSubject: string;
  actorRoles: string;
  action: string;
  patientId: string | null;
  outcome: string;
  /** What else the row says: a detail (patient-, therapist-service) or the visit (the gateway). */
  detail: string | null;
}

/** What the viewer filters by; every part optional. `from` inclusive, `to` exclusive (ISO instants). */
export interface AuditFilter {
  patientId?: string;
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
}

/** One page from one service, already in the viewer's shape; `next` is that service's cursor, null when done. */
export interface AuditSourcePage {
  rows: AuditRow[];
  next: string | null;
}

type PatientPage = Patients['schemas']['AuditEventPage'];
type PlanPage = Plans['schemas']['AuditEventPage'];
type VisitPage = Gateway['schemas']['AuditEventPage'];

const pageSize = 100;

function fromPage(source: AuditSource, page: PatientPage | PlanPage): AuditSourcePage {
  return { rows: page.items.map((item) => ({ source, ...item })), next: page.next };
}

/** patient-service: records, check-ins, sessions, care teams, accounts. */
export async function fetchPatientAudit(
  filter: AuditFilter,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<AuditSourcePage> {
  const path = `/api/v1/patients/audit-events${queryString({ ...filter, cursor, limit: pageSize })}`;
  return fromPage('patients', await request<PatientPage>(path, signal ? { signal } : {}));
}

/** therapist-service: plans, handouts, routines, progression. */
export async function fetchPlanAudit(
  filter: AuditFilter,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<AuditSourcePage> {
  const path = `/api/v1/plans/audit-events${queryString({ ...filter, cursor, limit: pageSize })}`;
  return fromPage('plans', await request<PlanPage>(path, signal ? { signal } : {}));
}

/** The gateway: every read and change of a visit, its row's detail naming the visit. */
export async function fetchVisitAudit(
  filter: AuditFilter,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<AuditSourcePage> {
  const path = `/api/v1/visits/audit${queryString({ ...filter, cursor, limit: pageSize })}`;
  const page = await request<VisitPage>(path, signal ? { signal } : {});
  return {
    rows: page.items.map((event) => ({
      source: 'visits',
      id: event.id,
      occurredAt: event.occurredAt,
      actorSubject: event.actorSubject,
      actorRoles: event.actorRoles,
      action: event.action,
      patientId: event.patientId ?? null,
      outcome: event.outcome,
      detail: event.detail ? `visit ${event.visitId ?? '-'}: ${event.detail}` : `visit ${event.visitId ?? '-'}`,
    })),
    next: page.next ?? null,
  };
}
