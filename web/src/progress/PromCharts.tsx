import { useEffect, useRef } from 'preact/hooks';
import { fetchPromSummary, fetchProms, type PromResponse, type PromSummary } from '../api/proms.ts';
import { LoadFailure } from '../loading/LoadFailure.tsx';
import { useLoad } from '../loading/useLoad.ts';
import type { ChartConfiguration } from './chartjs.ts';
import { promChart, promSummaryText } from './promChart.ts';
import { t } from '../i18n/i18n.ts';

interface PromData {
  responses: PromResponse[];
  summaries: PromSummary[];
}

async function load(patientId: string, signal: AbortSignal): Promise<PromData> {
  const [responses, summaries] = await Promise.all([
    fetchProms(patientId, signal),
    fetchPromSummary(patientId, signal),
  ]);
  return { responses, summaries };
}

function PromFigure({ summary, config }: { summary: PromSummary; config: ChartConfiguration }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let gone = false;
    import('./chartjs.ts').then(
      ({ Chart }) => {
        if (gone || !canvas.current) return;
        chart = new Chart(canvas.current, config);
      },
      () => {
        // chart.js could not load: the sentence below says the same.
      },
    );
    return () => {
      gone = true;
      chart?.destroy();
    };
  }, [config]);
  return (
    <figure class="progress-chart" id={`chart-prom-${summary.instrument}`}>
      <figcaption>
        <h2>{summary.instrument === 'PSFS' ? t('Function (PSFS)') : t('Pain and interference (PEG-3)')}</h2>
      </figcaption>
      <div class="progress-chart__canvas">
        <canvas ref={canvas} aria-hidden="true" />
      </div>
      <p class="progress-chart__summary" data-field="prom-summary">
        {promSummaryText(summary)}
      </p>
    </figure>
  );
}

/** The therapist's view of a patient's PROM scores over time, the MCID marked (clinical-rules.md §19). */
export function PromCharts({ patientId }: { patientId: string }) {
  const [state, retry] = useLoad((signal) => load(patientId, signal));
  const configs = useRef<Map<string, ChartConfiguration>>(new Map());
  if (state.status === 'loading') return <p role="status">{t('Loading outcome measures…')}</p>;
  if (state.status === 'failed')
    return <LoadFailure error={state.error} what={t('the outcome measures')} onRetry={retry} />;
  const { responses, summaries } = state.value;
  if (summaries.length === 0) {
    return (
      <p class="empty-state" id="no-proms">
        {t('No outcome measures answered yet.')}
      </p>
    );
  }
  return (
    <div class="progress-charts">
      {summaries.map((summary) => {
        let config = configs.current.get(summary.instrument);
        if (!config) {
          config = promChart(
            responses.filter((r) => r.instrument === summary.instrument),
            summary,
          );
          configs.current.set(summary.instrument, config);
        }
        return <PromFigure key={summary.instrument} summary={summary} config={config} />;
      })}
    </div>
  );
}
