import { render, waitFor } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import { aProgress, anAdherence, jsonResponse } from '../testing/fixtures.ts';
import { ProgressCharts } from './ProgressCharts.tsx';

const drawn: unknown[] = [];
vi.mock('./chartjs.ts', () => ({
  Chart: class {
    constructor(_canvas: unknown, config: unknown) {
      drawn.push(config);
    }
    destroy() {}
  },
}));

test('drawsThreeChartsEachWithATextSummary', async () => {
  const fetchMock = vi.fn<typeof fetch>(async (input) => {
    const url = String(input);
    if (url.includes('/progress')) return jsonResponse(aProgress());
    if (url.includes('/adherence')) return jsonResponse(anAdherence());
    if (url.includes('/check-ins')) return jsonResponse([]);
    if (url.includes('/sessions')) return jsonResponse([]);
    return jsonResponse({}, 404);
  });
  vi.stubGlobal('fetch', fetchMock);

  const { container } = render(<ProgressCharts patientId="p-1" />);

  await waitFor(() => expect(container.querySelectorAll('figure.progress-chart')).toHaveLength(3));
  const summaries = [...container.querySelectorAll('[data-field="summary"]')].map((p) => p.textContent);
  expect(summaries[0]).toContain('your average pain at rest was 5.4 out of 10');
  expect(summaries[1]).toContain('This week: 2 of 5 sessions');
  expect(summaries[2]).toContain('22 of the last 30 days');
  expect(container.querySelectorAll('canvas[aria-hidden="true"]')).toHaveLength(3);
  await waitFor(() => expect(drawn).toHaveLength(3));
  expect(
    fetchMock.mock.calls.map((c) => String(c[0])).some((u) => u.startsWith('/api/v1/patients/p-1/progress?')),
  ).toBe(true);
});
