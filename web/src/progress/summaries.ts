import type { Adherence, Progress } from '../api/patients.ts';
import { formatLocale, t } from '../i18n/i18n.ts';

/**
 * The numbers behind the progress charts and their text summaries (read by screen readers and
 * shown under each chart). Pure, so the wording is tested without a canvas.
 */

export interface PainSeries {
  /** "Week 1", "Week 2", ... up to at least the end of the expected course. */
  labels: string[];
  /** Weekly mean resting pain, null for weeks without readings. */
  meanPain: (number | null)[];
  /** The baseline on every week, or null when the record has none. */
  baseline: (number | null)[];
  /** Expected course (rule 9): upper and lower pain of the target range from the target week on. */
  targetHigh: (number | null)[];
  targetLow: (number | null)[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Who reads the summary: the patient about themselves, or their therapist about the patient. */
export type Reader = 'patient' | 'therapist';

export function painSeries(progress: Progress): PainSeries {
  const course = progress.expectedCourse;
  const byNumber = new Map(progress.weeks.map((w) => [w.weekNumber, w]));
  const lastWeek = Math.max(course.targetByWeek, ...progress.weeks.map((w) => w.weekNumber));
  const baseline = progress.baselinePain;
  const series: PainSeries = { labels: [], meanPain: [], baseline: [], targetHigh: [], targetLow: [] };
  for (let week = 1; week <= lastWeek; week++) {
    series.labels.push(t('Week {week}', { week }));
    const mean = byNumber.get(week)?.meanPain;
    series.meanPain.push(mean === undefined || mean === null ? null : round1(mean));
    series.baseline.push(baseline);
    const inTarget = baseline !== null && week >= course.targetFromWeek;
    series.targetHigh.push(inTarget ? round1(baseline * (1 - course.targetReductionLowPercent / 100)) : null);
    series.targetLow.push(inTarget ? round1(baseline * (1 - course.targetReductionHighPercent / 100)) : null);
  }
  return series;
}

export function painSummary(progress: Progress, reader: Reader = 'patient'): string {
  const course = progress.expectedCourse;
  const expected = t(
    'Usually pain starts to ease in weeks {from} to {by}, and is {low} to {high} % lower by weeks {targetFrom} to {targetBy}.',
    {
      from: course.firstImprovementFromWeek,
      by: course.firstImprovementByWeek,
      low: course.targetReductionLowPercent,
      high: course.targetReductionHighPercent,
      targetFrom: course.targetFromWeek,
      targetBy: course.targetByWeek,
    },
  );
  const withData = progress.weeks.filter((w) => w.meanPain !== null);
  const latest = withData[withData.length - 1];
  if (!latest || latest.meanPain === null) {
    return `${t('No pain readings yet.')} ${expected}`;
  }
  const values = { week: latest.weekNumber, pain: round1(latest.meanPain) };
  const parts = [
    reader === 'patient'
      ? t('Week {week}: your average pain at rest was {pain} out of 10.', values)
      : t('Week {week}: the average pain at rest was {pain} out of 10.', values),
  ];
  if (progress.baselinePain !== null) {
    parts.push(t('Before the programme it was {pain} out of 10.', { pain: progress.baselinePain }));
    if (latest.reductionPercent !== null) {
      const change = Math.round(latest.reductionPercent);
      if (change > 0) parts.push(t('That is {percent} % less.', { percent: change }));
      else if (change < 0) parts.push(t('That is {percent} % more.', { percent: -change }));
      else parts.push(t('That is the same.'));
    }
  }
  parts.push(courseWords(latest.course, reader));
  parts.push(expected);
  return parts.join(' ');
}

function courseWords(course: Progress['weeks'][number]['course'], reader: Reader): string {
  switch (course) {
    case 'ON_TRACK':
      return t('This is on track with the expected course.');
    case 'BEHIND':
      return reader === 'patient'
        ? t('This is slower than expected: your therapist will look at it with you.')
        : t('This is slower than expected: review the programme with the patient.');
    case 'TOO_EARLY':
      return t('It is too early to expect a change.');
    default:
      return '';
  }
}

export interface AdherenceSeries {
  labels: string[];
  sessions: number[];
  prescribed: (number | null)[];
}

/** Week labels as "Week of 23 Nov" (the Monday) in the browser's language. */
export function weekLabel(weekStart: string, locale?: string): string {
  const date = new Date(`${weekStart}T12:00:00Z`);
  return t('Week of {date}', {
    date: date.toLocaleDateString(locale ?? formatLocale(), { day: 'numeric', month: 'short', timeZone: 'UTC' }),
  });
}

export function adherenceSeries(adherence: Adherence, locale?: string): AdherenceSeries {
  return {
    labels: adherence.weeks.map((w) => weekLabel(w.weekStart, locale)),
    sessions: adherence.weeks.map((w) => w.sessions),
    prescribed: adherence.weeks.map((w) => w.prescribed),
  };
}

export function adherenceSummary(adherence: Adherence, locale?: string, reader: Reader = 'patient'): string {
  const weeks = adherence.weeks;
  if (weeks.length === 0) return t('No weeks to show yet.');
  const latest = weeks[weeks.length - 1]!;
  const target = adherence.prescribedSessionsPerWeek;
  const parts = [
    target === null
      ? t('This week: {count, plural, one {# session} other {# sessions}}.', { count: latest.sessions })
      : t('This week: {count} of {target, plural, one {# session} other {# sessions}}.', {
          count: latest.sessions,
          target,
        }),
  ];
  if (target !== null) {
    const met = weeks.filter((w) => w.met === true).length;
    parts.push(
      reader === 'patient'
        ? t('You reached your target in {met} of the last {weeks} weeks.', { met, weeks: weeks.length })
        : t('The target was reached in {met} of the last {weeks} weeks.', { met, weeks: weeks.length }),
    );
  }
  const others = weeks
    .slice(0, -1)
    .map((w) => `${weekLabel(w.weekStart, locale)}: ${w.sessions}`)
    .join(', ');
  if (others) parts.push(t('Earlier weeks: {weeks}.', { weeks: others }));
  if (reader === 'patient') parts.push(t('Every session counts, even a 2-minute one.'));
  return parts.join(' ');
}

export interface DaySeries {
  /** The days of the window, oldest first, as ISO dates. */
  days: string[];
  /** 1 when that day has a check-in or a session, else 0. */
  hasData: number[];
}

/** The ISO date (YYYY-MM-DD) of an instant in a time zone (the browser's when none is given). */
export function localDate(instant: string | Date, zone?: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  // en-CA formats as YYYY-MM-DD.
  return date.toLocaleDateString('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
}

/** Which days from `from` to `to` (ISO dates, inclusive) have a reading at one of `instants`. */
export function daySeries(from: string, to: string, instants: string[], zone?: string): DaySeries {
  const withData = new Set(instants.map((i) => localDate(i, zone)));
  const days: string[] = [];
  const cursor = new Date(`${from}T12:00:00Z`);
  const end = new Date(`${to}T12:00:00Z`);
  while (cursor <= end && days.length < 400) {
    days.push(cursor.toISOString().slice(0, 10));
    cursor.setUTCDate(cursor.getUTCDate() + 1);
  }
  return { days, hasData: days.map((d) => (withData.has(d) ? 1 : 0)) };
}

export function daysSummary(window: Adherence['last30Days'], reader: Reader = 'patient'): string {
  const { daysWithData, thresholdDays, reachesThreshold } = window;
  const first = t('{days} of the last 30 days have a check-in or a session.', { days: daysWithData });
  const missing = thresholdDays - daysWithData;
  if (reader === 'therapist') {
    return reachesThreshold
      ? `${first} ${t('Enough for remote monitoring ({needed} are needed).', { needed: thresholdDays })}`
      : `${first} ${t('{missing, plural, one {# more day} other {# more days}} with data are needed for remote monitoring ({needed}).', { missing, needed: thresholdDays })}`;
  }
  return reachesThreshold
    ? `${first} ${t('That is enough for your therapist to follow you remotely ({needed} are needed).', { needed: thresholdDays })}`
    : `${first} ${t('{missing, plural, one {# more day} other {# more days}} with a check-in would let your therapist follow you remotely ({needed} are needed).', { missing, needed: thresholdDays })}`;
}
