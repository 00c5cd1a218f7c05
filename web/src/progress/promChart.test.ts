import { expect, test } from 'vitest';
import type { PromResponse, PromSummary } from '../api/proms.ts';
import { promChart, promSummaryText } from './promChart.ts';

function aSummary(overrides: Partial<PromSummary> = {}): PromSummary {
  return {
    instrument: 'PSFS',
    baseline: 3,
    baselineAt: '2026-11-10T10:00:00Z',
    latest: 5.33,
    latestAt: '2026-12-01T10:00:00Z',
    change: 2.33,
    mcid: 2,
    higherIsBetter: true,
    meaning: 'IMPROVED',
    responses: 2,
    ...overrides,
  };
}

const responses: PromResponse[] = [
  { id: 'a', instrument: 'PSFS', score: 3, answeredAt: '2026-11-10T10:00:00Z', items: [] },
  { id: 'b', instrument: 'PSFS', score: 5.33, answeredAt: '2026-12-01T10:00:00Z', items: [] },
];

test('aPsfsImprovementPastTheMcidIsSaidInWords', () => {
  expect(promSummaryText(aSummary())).toBe(
    'PSFS: baseline 3.0, latest 5.3 (+2.3; higher is better): a clinically important improvement (MCID 2 points).',
  );
  expect(promSummaryText(aSummary({ latest: 4, change: 1, meaning: 'NONE' }))).toContain(
    'less than the clinically important difference',
  );
});

test('aPegSaysNoMcidIsPublishedAndASingleAnswerIsOnlyABaseline', () => {
  const peg = aSummary({
    instrument: 'PEG_3',
    mcid: null,
    higherIsBetter: false,
    meaning: 'NONE',
    change: -2,
    latest: 1,
  });
  expect(promSummaryText(peg)).toContain('No minimal clinically important difference is published for PEG-3');
  expect(promSummaryText(aSummary({ responses: 1 }))).toBe(
    'PSFS: baseline 3.0 of 10 (higher is better); no later answer yet.',
  );
});

test('theChartMarksBaselinePlusAndMinusTheMcid', () => {
  const config = promChart(responses, aSummary());
  const datasets = config.data.datasets;
  expect(datasets).toHaveLength(3);
  expect(datasets[0]!.data).toEqual([3, 5.33]);
  expect(datasets[1]!.data).toEqual([5, 5]);
  expect(datasets[2]!.data).toEqual([1, 1]);
  expect(promChart(responses, aSummary({ mcid: null })).data.datasets).toHaveLength(1);
});
