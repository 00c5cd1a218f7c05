import type { ChartConfiguration } from './chartjs.ts';
import type { Instrument, PromResponse, PromSummary } from '../api/proms.ts';
import { t } from '../i18n/i18n.ts';

const names: Record<Instrument, string> = { PSFS: 'PSFS', PEG_3: 'PEG-3' };

const fmt = (n: number) => n.toFixed(1);

/** One instrument's course in words: baseline, latest, change, and whether it reaches the MCID. */
export function promSummaryText(summary: PromSummary): string {
  const name = names[summary.instrument];
  const direction = summary.higherIsBetter ? 'higher is better' : 'lower is better';
  if (summary.responses < 2) {
    return `${name}: baseline ${fmt(summary.baseline)} of 10 (${direction}); no later answer yet.`;
  }
  const sign = summary.change > 0 ? '+' : '';
  const change = `${name}: baseline ${fmt(summary.baseline)}, latest ${fmt(summary.latest)} (${sign}${fmt(summary.change)}; ${direction})`;
  if (summary.mcid === null) return `${change}. No minimal clinically important difference is published for ${name}.`;
  const meaning =
    summary.meaning === 'IMPROVED'
      ? 'a clinically important improvement'
      : summary.meaning === 'WORSENED'
        ? 'a clinically important worsening'
        : 'less than the clinically important difference';
  return `${change}: ${meaning} (MCID ${summary.mcid} points).`;
}

/**
 * Scores over time on a 0-10 axis; with an MCID, dashed lines mark baseline ± MCID, so a point
 * beyond them is a clinically important change.
 */
export function promChart(responses: PromResponse[], summary: PromSummary): ChartConfiguration {
  const labels = responses.map((r) => r.answeredAt.slice(0, 10));
  const scores = responses.map((r) => r.score);
  const datasets: ChartConfiguration['data']['datasets'] = [
    { type: 'line', label: names[summary.instrument], data: scores, borderColor: '#1f5fa8', pointRadius: 4 },
  ];
  if (summary.mcid !== null) {
    const better = summary.baseline + (summary.higherIsBetter ? summary.mcid : -summary.mcid);
    const worse = summary.baseline + (summary.higherIsBetter ? -summary.mcid : summary.mcid);
    datasets.push(
      {
        type: 'line',
        label: t('Baseline + MCID'),
        data: labels.map(() => better),
        borderDash: [6, 4],
        pointRadius: 0,
        borderColor: '#2e7d32',
      },
      {
        type: 'line',
        label: t('Baseline - MCID'),
        data: labels.map(() => worse),
        borderDash: [6, 4],
        pointRadius: 0,
        borderColor: '#b3261e',
      },
    );
  }
  return {
    type: 'line',
    data: { labels, datasets },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: { y: { min: 0, max: 10 } },
    },
  };
}
