import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { aCaseloadEntry } from '../../testing/therapistFixtures.ts';
import { adherenceText } from './caseloadWording.ts';
import { Caseload } from './Caseload.tsx';

describe('the caseload screen', () => {
  it('keeps the server order and labels each row by severity in words, URGENT with the red-flag answers', async () => {
    // The server's order, deliberately not alphabetical and with a higher pain lower down.
    const urgent = aCaseloadEntry({
      patientId: 'urgent',
      displayName: 'Zoe Urgent',
      openFlags: 1,
      severity: 'URGENT',
      reasons: ['URGENT: red flag - chest pain, breathlessness, fainting or palpitations'],
      redFlags: ['CHEST_SYMPTOMS'],
      latestPain: { pain: 4, kind: 'DAILY', occurredAt: '2026-11-26T08:10:00Z' },
    });
    const high = aCaseloadEntry({
      patientId: 'high',
      displayName: 'Adam High',
      openFlags: 2,
      severity: 'HIGH',
      reasons: ['HIGH: daily pain 8/10'],
      latestPain: { pain: 8, kind: 'DAILY', occurredAt: '2026-11-26T08:10:00Z' },
    });
    const routine = aCaseloadEntry({
      patientId: 'routine',
      displayName: 'Bea Routine',
      openFlags: 1,
      severity: 'ROUTINE',
      reasons: ['ROUTINE: pain 6/10 during a session, above the 3/10 ceiling'],
    });
    const calm = aCaseloadEntry({ patientId: 'calm', displayName: 'Carl Calm' });
    const { container } = render(<Caseload load={() => Promise.resolve([urgent, high, routine, calm])} />);
    await screen.findByRole('link', { name: 'Zoe Urgent' });

    const rows = [...container.querySelectorAll('li[data-patient-id]')];
    expect(rows.map((r) => r.getAttribute('data-patient-id'))).toEqual(['urgent', 'high', 'routine', 'calm']);
    expect(rows.map((r) => r.querySelector('[data-field="severity"]')?.textContent)).toEqual([
      'URGENT',
      'HIGH',
      'ROUTINE',
      'No open flags',
    ]);
    expect(rows.map((r) => r.getAttribute('data-severity'))).toEqual(['URGENT', 'HIGH', 'ROUTINE', 'NONE']);
    expect(rows[0]!.classList.contains('severity-urgent')).toBe(true);
    expect(rows[0]!.querySelector('[data-field="red-flags"] li[data-red-flag="CHEST_SYMPTOMS"]')?.textContent).toMatch(
      /Chest pain/,
    );
    expect(rows[0]!.querySelector('[data-field="reasons"]')?.textContent).toContain('URGENT: red flag');
    expect(rows[1]!.querySelector('[data-field="latest-pain"]')!.textContent).toContain('8/10');
    expect(screen.getByRole('link', { name: 'Carl Calm' }).getAttribute('href')).toBe('/patients/calm');
  });

  it('never words resting pain as above the ceiling', async () => {
    const { container } = render(
      <Caseload
        load={() =>
          Promise.resolve([
            aCaseloadEntry({ latestPain: { pain: 7, kind: 'DAILY', occurredAt: '2026-11-26T08:10:00Z' } }),
          ])
        }
      />,
    );
    await screen.findByText(/7\/10, daily check-in/);
    expect(container.textContent).not.toMatch(/above the .*ceiling/);
  });

  it('says so when a patient has no check-in yet', async () => {
    render(<Caseload load={() => Promise.resolve([aCaseloadEntry({ latestPain: null })])} />);
    expect(await screen.findByText('No check-ins yet')).toBeTruthy();
  });

  it('words adherence with and without a target', () => {
    expect(adherenceText(aCaseloadEntry())).toBe('2 of 4 sessions this week');
    const noTarget = aCaseloadEntry({
      adherence: { ...aCaseloadEntry().adherence, sessionsThisWeek: 1, prescribedSessionsPerWeek: null },
    });
    expect(adherenceText(noTarget)).toBe('1 session this week (no target set)');
  });
});
