import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { AuditFilter, AuditRow, AuditSource, AuditSourcePage } from '../../api/audit.ts';
import { ApiError } from '../../api/http.ts';
import { AuditScreen, type AuditServices } from './AuditScreen.tsx';

const row = (source: AuditSource, id: string, occurredAt: string, detail: string | null = null): AuditRow => ({
  source,
  id,
  occurredAt,
  actorSubject: 'tess',
  actorRoles: 'therapist',
  action: `${source.toUpperCase()}_READ`,
  patientId: 'p1',
  outcome: 'SUCCESS',
  detail,
});

const page = (rows: AuditRow[], next: string | null = null): Promise<AuditSourcePage> =>
  Promise.resolve({ rows, next });

function services(overrides: Partial<AuditServices> = {}): AuditServices {
  return {
    patients: () => page([row('patients', 'r1', '2026-11-03T10:00:00Z')]),
    plans: () => page([row('plans', 'r2', '2026-11-04T10:00:00Z')]),
    visits: () => page([row('visits', 'r3', '2026-11-02T10:00:00Z', 'visit v1')]),
    download: vi.fn(),
    ...overrides,
  };
}

describe('the audit viewer', () => {
  it('asks every service with the filters and shows their rows merged newest first', async () => {
    const patients = vi.fn((_filter: AuditFilter, _cursor: string | null) =>
      page([row('patients', 'r1', '2026-11-03T10:00:00Z')]),
    );
    const plans = vi.fn((_filter: AuditFilter, _cursor: string | null) =>
      page([row('plans', 'r2', '2026-11-04T10:00:00Z')]),
    );
    const visits = vi.fn((_filter: AuditFilter, _cursor: string | null) =>
      page([row('visits', 'r3', '2026-11-02T10:00:00Z')]),
    );
    const { container } = render(<AuditScreen services={services({ patients, plans, visits })} />);
    fireEvent.input(screen.getByLabelText('Patient id'), { target: { value: ' p1 ' } });
    fireEvent.input(screen.getByLabelText('Action'), { target: { value: 'READ_RECORD' } });
    fireEvent.input(screen.getByLabelText('Actor (subject)'), { target: { value: 'tess' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Search' }).closest('form')!);
    await screen.findByText('Audit rows, newest first');
    const expected = { patientId: 'p1', action: 'READ_RECORD', actor: 'tess' };
    expect(patients).toHaveBeenCalledWith(expected, null);
    expect(plans).toHaveBeenCalledWith(expected, null);
    expect(visits).toHaveBeenCalledWith(expected, null);
    const sources = [...container.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-source'));
    expect(sources).toEqual(['plans', 'patients', 'visits']);
  });

  it('reads the next page of a service that has one and exports the rows shown as CSV', async () => {
    const plans = vi
      .fn<(filter: AuditFilter, cursor: string | null) => Promise<AuditSourcePage>>()
      .mockImplementationOnce(() => page([row('plans', 'r2', '2026-11-04T10:00:00Z')], 'cursor-2'))
      .mockImplementationOnce(() => page([row('plans', 'r0', '2026-11-01T10:00:00Z', '=cmd()')]));
    const download = vi.fn();
    render(<AuditScreen services={services({ plans, download })} />);
    fireEvent.submit(screen.getByRole('button', { name: 'Search' }).closest('form')!);
    fireEvent.click(await screen.findByRole('button', { name: 'Load older rows' }));
    await waitFor(() => expect(plans).toHaveBeenLastCalledWith({}, 'cursor-2'));
    fireEvent.click(await screen.findByRole('button', { name: 'Export 4 rows as CSV' }));
    const [name, csv] = download.mock.calls[0] as [string, string];
    expect(name).toBe('motus-audit.csv');
    expect(csv.split('\r\n')[4]).toBe("2026-11-01T10:00:00Z,plans,PLANS_READ,SUCCESS,tess,therapist,p1,'=cmd()");
  });

  it('shows a service’s problem beside the field it is about', async () => {
    const problem = new ApiError({
      type: 'urn:motus:problem:validation',
      title: 'Bad Request',
      status: 400,
      detail: 'The request has 1 invalid field(s).',
      extensions: { violations: [{ field: 'patientId', message: 'must be a UUID' }] },
    });
    render(<AuditScreen services={services({ plans: () => Promise.reject(problem) })} />);
    fireEvent.input(screen.getByLabelText('Patient id'), { target: { value: '42' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Search' }).closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toBe('Plans: patientId: must be a UUID');
    expect(screen.getByLabelText('Patient id').closest('label')?.nextElementSibling?.textContent).toBe(
      'must be a UUID',
    );
  });
});
