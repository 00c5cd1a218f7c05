import { describe, expect, it } from 'vitest';
import type { AuditRow, AuditSource } from '../../api/audit.ts';
import { mergeByTime } from './merge.ts';

const row = (source: AuditSource, id: string, occurredAt: string): AuditRow => ({
  source,
  id,
  occurredAt,
  actorSubject: 'a',
  actorRoles: 'admin',
  action: 'X',
  patientId: null,
  outcome: 'SUCCESS',
  detail: null,
});

describe('merging the services’ trails', () => {
  it('puts every row in one list, newest first', () => {
    const merged = mergeByTime({
      patients: {
        rows: [row('patients', 'p2', '2026-11-03T00:00:00Z'), row('patients', 'p1', '2026-11-01T00:00:00Z')],
        next: null,
      },
      plans: { rows: [row('plans', 't1', '2026-11-02T00:00:00Z')], next: null },
    });
    expect(merged.rows.map((r) => r.id)).toEqual(['p2', 't1', 'p1']);
    expect(merged.more).toBe(false);
  });

  it('holds back rows older than what a service with more pages has shown, so no gap is filled later', () => {
    const merged = mergeByTime({
      patients: {
        rows: [row('patients', 'p1', '2026-11-05T00:00:00Z'), row('patients', 'p0', '2026-11-01T00:00:00Z')],
        next: null,
      },
      plans: {
        rows: [row('plans', 't2', '2026-11-06T00:00:00Z'), row('plans', 't1', '2026-11-04T00:00:00Z')],
        next: 'c',
      },
    });
    expect(merged.rows.map((r) => r.id)).toEqual(['t2', 'p1', 't1']);
    expect(merged.more).toBe(true);
  });
});
