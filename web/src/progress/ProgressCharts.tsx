import { useEffect, useRef } from 'preact/hooks';
import {
  fetchAdherence,
  fetchCheckIns,
  fetchProgress,
  fetchSessions,
  type Adherence,
  type Progress,
} from '../api/patients.ts';
import { LoadFailure } from '../loading/LoadFailure.tsx';
import { useLoad } from '../loading/useLoad.ts';
import type { ChartConfiguration } from './chartjs.ts';
import {
  adherenceSeries,
  adherenceSummary,
  daySeries,
  daysSummary,
  painSeries,
  painSummary,
  type DaySeries,
  type Reader,
} from './summaries.ts';
import './progress.css';
import { t } from '../i18n/i18n.ts';

interface ProgressData {
  progress: Progress;
  adherence: Adherence;
  days: DaySeries;
}

async function loadProgressData(patientId: string, signal: AbortSignal): Promise<ProgressData> {
  // The server counts days and weeks in the zone on the patient's record (rule 18), for every viewer.
  const options = { weeks: 8 };
  const [progress, adherence] = await Promise.all([
    fetchProgress(patientId, options, signal),
    fetchAdherence(patientId, options, signal),
  ]);
  const window = adherence.last30Days;
  // One day of slack on each side: the server counts days in the zone, the range is in instants.
  const from = new Date(`${window.from}T00:00:00Z`);
  from.setUTCDate(from.getUTCDate() - 1);
  const range = { from: from.toISOString(), to: new Date().toISOString() };
  const [checkIns, sessions] = await Promise.all([
    fetchCheckIns(patientId, range, signal),
    fetchSessions(patientId, range, signal),
  ]);
  const instants = [...checkIns.map((c) => c.occurredAt), ...sessions.map((s) => s.startedAt)];
  return { progress, adherence, days: daySeries(window.from, window.to, instants, adherence.zone) };
}

const brand = '#0b5d56';
const muted = '#4a4a4a';
const target = 'rgba(11, 93, 86, 0.18)';

function painChart(progress: Progress): ChartConfiguration {
  const series = painSeries(progress);
  return {
    type: 'line',
    data: {
      labels: series.labels,
      datasets: [
        {
          label: t('Your average pain at rest'),
          data: series.meanPain,
          borderColor: brand,
          backgroundColor: brand,
          spanGaps: true,
          pointRadius: 4,
        },
        {
          label: t('Before the programme'),
          data: series.baseline,
          borderColor: muted,
          borderDash: [6, 4],
          pointRadius: 0,
        },
        {
          label: t('Expected by weeks 6-8 (upper)'),
          data: series.targetHigh,
          borderColor: target,
          backgroundColor: target,
          pointRadius: 0,
          fill: '+1',
        },
        { label: t('Expected by weeks 6-8 (lower)'), data: series.targetLow, borderColor: target, pointRadius: 0 },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: { y: { min: 0, max: 10, title: { display: true, text: t('Pain (0-10)') } } },
    },
  };
}

function adherenceChart(adherence: Adherence): ChartConfiguration {
  const series = adherenceSeries(adherence);
  return {
    type: 'bar',
    data: {
      labels: series.labels,
      datasets: [
        { type: 'bar', label: t('Sessions done'), data: series.sessions, backgroundColor: brand },
        {
          type: 'line',
          label: t('Sessions planned'),
          data: series.prescribed,
          borderColor: muted,
          borderDash: [6, 4],
          pointRadius: 0,
        },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
    },
  } as ChartConfiguration;
}

function daysChart(days: DaySeries): ChartConfiguration {
  return {
    type: 'bar',
    data: {
      labels: days.days.map((d) => d.slice(8, 10)),
      datasets: [{ label: 'Check-in or session that day', data: days.hasData, backgroundColor: brand }],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: { y: { display: false, min: 0, max: 1 } },
    },
  };
}

/** One chart: the canvas is drawn by chart.js (loaded lazily); the text says the same in words. */
function ChartFigure(props: { id: string; title: string; summary: string; config: ChartConfiguration }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let gone = false;
    import('./chartjs.ts').then(
      ({ Chart }) => {
        if (gone || !canvas.current) return;
        chart = new Chart(canvas.current, props.config);
      },
      () => {
        // The chart could not load (offline on first visit): the text summary still says it all.
      },
    );
    return () => {
      gone = true;
      chart?.destroy();
    };
  }, [props.config]);
  return (
    <figure class="progress-chart" id={props.id}>
      <figcaption>
        <h2>{props.title}</h2>
      </figcaption>
      <div class="progress-chart__canvas">
        <canvas ref={canvas} aria-hidden="true" />
      </div>
      <p class="progress-chart__summary" data-field="summary">
        {props.summary}
      </p>
    </figure>
  );
}

function Charts({ data, reader }: { data: ProgressData; reader: Reader }) {
  // Configurations are built once per load, so the charts are not redrawn on every render.
  const configs = useRef<
    { pain: ChartConfiguration; adherence: ChartConfiguration; days: ChartConfiguration } | undefined
  >(undefined);
  if (!configs.current) {
    configs.current = {
      pain: painChart(data.progress),
      adherence: adherenceChart(data.adherence),
      days: daysChart(data.days),
    };
  }
  return (
    <div class="progress-charts">
      <ChartFigure
        id="chart-pain"
        title={t('Pain over the weeks')}
        summary={painSummary(data.progress, reader)}
        config={configs.current.pain}
      />
      <ChartFigure
        id="chart-adherence"
        title={t('Sessions per week')}
        summary={adherenceSummary(data.adherence, undefined, reader)}
        config={configs.current.adherence}
      />
      <ChartFigure
        id="chart-days"
        title={t('Days with a check-in, last 30 days')}
        summary={daysSummary(data.adherence.last30Days, reader)}
        config={configs.current.days}
      />
    </div>
  );
}

/**
 * The progress charts of one patient (rule 9 course, weekly adherence, days with data): used by
 * the patient's Progress screen and the therapist's patient view.
 */
export function ProgressCharts(props: { patientId: string; reader?: Reader }) {
  return <LoadedCharts key={props.patientId} patientId={props.patientId} reader={props.reader ?? 'patient'} />;
}

function LoadedCharts(props: { patientId: string; reader: Reader }) {
  const [state, retry] = useLoad((signal) => loadProgressData(props.patientId, signal));
  if (state.status === 'loading') return <p role="status">{t('Loading progress…')}</p>;
  if (state.status === 'failed')
    return <LoadFailure error={state.error} what={t('the progress charts')} onRetry={retry} />;
  return <Charts data={state.value} reader={props.reader} />;
}
