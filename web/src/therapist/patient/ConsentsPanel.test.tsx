import { render, screen } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import { jsonResponse } from '../../testing/fixtures.ts';
import { ConsentsPanel, consentWords } from './ConsentsPanel.tsx';

test('eachConsentIsSaidWithItsDecisionTimeAndTextVersion', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async () =>
      jsonResponse({
        consents: [
          {
            kind: 'TELEHEALTH',
            currentVersion: '2026-12-01',
            decision: 'ACCEPTED',
            decidedVersion: '2026-12-01',
            decidedAt: '2026-12-02T08:15:00Z',
            granted: true,
            decisionNeeded: false,
          },
          {
            kind: 'REMOTE_MONITORING',
            currentVersion: '2026-12-01',
            decision: null,
            decidedVersion: null,
            decidedAt: null,
            granted: false,
            decisionNeeded: true,
          },
        ],
        decisionNeeded: true,
        history: [],
      }),
    ),
  );
  const { container } = render(<ConsentsPanel patientId="p" />);
  expect(await screen.findByText(/^Accepted on .* \(text version 2026-12-01\)$/)).toBeTruthy();
  expect(container.querySelector('[data-consent="REMOTE_MONITORING"] dd')?.textContent).toBe('Not asked yet');
});

test('aDecisionOnAnOlderTextSaysTheTextChanged', () => {
  expect(
    consentWords({
      kind: 'REMOTE_MONITORING',
      currentVersion: '2027-01-01',
      decision: 'WITHDRAWN',
      decidedVersion: '2026-12-01',
      decidedAt: null,
      granted: false,
      decisionNeeded: true,
    }),
  ).toBe('Withdrawn (text version 2026-12-01); the text changed since (now 2027-01-01), not asked again yet');
});
