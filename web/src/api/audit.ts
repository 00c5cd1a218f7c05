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
type VisitEvent = Gateway['schemas']['AuditEvent'];

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
  const path = `/api/v1/plans/audit-events/search${queryString({ ...filter, cursor, limit: pageSize })}`;
  return fromPage('plans', await request<PlanPage>(path, signal ? { signal } : {}));
}

/**
 * The gateway's visit-note trail. It filters by patient only and has no cursor, so the newest 1,000
 * rows are read once and the other filters are applied here.
 */
export async function fetchVisitAudit(filter: AuditFilter, signal?: AbortSignal): Promise<AuditSourcePage> {
  const path = `/api/v1/visits/audit${queryString({ patientId: filter.patientId, limit: 1000 })}`;
  const events = await request<VisitEvent[]>(path, signal ? { signal } : {});
  const rows = events
    .map((event): AuditRow => ({
      source: 'visits',
      id: event.id,
      occurredAt: event.occurredAt,
      actorSubject: event.actorSubject,
      actorRoles: event.actorRoles,
      action: event.action,
      patientId: event.patientId,
      outcome: event.outcome,
      detail: `visit ${event.visitId}`,
    }))
    .filter((row) => matches(row, filter));
  return { rows, next: null };
}

/** True when the row passes every filter that is set (the gateway's rows are filtered here). */
export function matches(row: AuditRow, filter: AuditFilter): boolean {
  if (filter.patientId && row.patientId !== filter.patientId) return false;
  if (filter.actor && row.actorSubject !== filter.actor) return false;
  if (filter.action && row.action !== filter.action) return false;
  const at = Date.parse(row.occurredAt);
  if (filter.from && at < Date.parse(filter.from)) return false;
  if (filter.to && at >= Date.parse(filter.to)) return false;
  return true;
}
