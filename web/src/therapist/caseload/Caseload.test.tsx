import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { aCaseloadEntry } from '../../testing/therapistFixtures.ts';
import { Caseload } from './Caseload.tsx';

describe('the caseload screen', () => {
  it('lists patients most urgent first with the element contract the system tests use', async () => {
    const calm = aCaseloadEntry({ patientId: 'calm', displayName: 'Calm Carl' });
    const flagged = aCaseloadEntry({
      patientId: 'flagged',
      displayName: 'Flagged Fay',
      openFlags: 2,
      latestPain: { pain: 6, kind: 'DURING', occurredAt: '2026-11-26T08:10:00Z' },
    });
    const { container } = render(<Caseload load={() => Promise.resolve([calm, flagged])} />);
    await screen.findByRole('link', { name: 'Flagged Fay' });

    const rows = [...container.querySelectorAll('[data-patient-id]')];
    expect(rows.map((r) => r.getAttribute('data-patient-id'))).toEqual(['flagged', 'calm']);
    expect(rows[0]!.querySelector('[data-field="latest-pain"]')!.textContent).toContain('6/10');
    expect(rows[0]!.querySelector('[data-field="urgency"]')!.textContent).toBe('2 open flags');
    expect(rows[1]!.querySelector('[data-field="latest-pain"]')!.textContent).toContain('2/10');
    expect(screen.getByRole('link', { name: 'Calm Carl' }).getAttribute('href')).toBe('/patients/calm');
  });

  it('says so when a patient has no check-in yet', async () => {
    render(<Caseload load={() => Promise.resolve([aCaseloadEntry({ latestPain: null })])} />);
    expect(await screen.findByText('No check-ins yet')).toBeTruthy();
  });
});
