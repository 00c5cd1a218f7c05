import { render, screen } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import type { Flag } from '../../api/patients.ts';
import { jsonResponse } from '../../testing/fixtures.ts';
import { Flags } from './FlagsPanel.tsx';

const redFlag: Flag = {
  id: 'f1',
  patientId: 'p1',
  sessionId: null,
  checkInId: 'c1',
  kind: 'RED_FLAG',
  severity: 'URGENT',
  redFlags: ['SADDLE_NUMBNESS_BLADDER_BOWEL', 'NIGHT_PAIN'],
  detail: 'Red flag at the daily check-in.',
  raisedAt: '2026-11-26T08:00:00Z',
  open: true,
  acknowledgedAt: null,
  acknowledgedBy: null,
};

test('openFlagsSayTheirSeverityInWordsAndARedFlagsAnswers', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async () => jsonResponse([redFlag])),
  );
  const { container } = render(<Flags patientId="p1" />);
  await screen.findByText('Red flag reported');
  const item = container.querySelector('#open-flags li[data-flag-id="f1"]')!;
  expect(item.getAttribute('data-severity')).toBe('URGENT');
  expect(item.querySelector('[data-field="severity"]')?.textContent).toBe('URGENT');
  expect(
    [...item.querySelectorAll('[data-field="red-flags"] li')].map((li) => li.getAttribute('data-red-flag')),
  ).toEqual(['SADDLE_NUMBNESS_BLADDER_BOWEL', 'NIGHT_PAIN']);
  expect(item.querySelector('[data-red-flag="NIGHT_PAIN"]')?.textContent).toBe(
    'Yes: Pain at night that does not ease with rest or a change of position',
  );
});
