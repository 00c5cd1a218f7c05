import type { Adherence, Progress } from '../api/patients.ts';

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
    series.labels.push(`Week ${week}`);
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
  const expected =
    `Usually pain starts to ease in weeks ${course.firstImprovementFromWeek} to ${course.firstImprovementByWeek}, ` +
    `and is ${course.targetReductionLowPercent} to ${course.targetReductionHighPercent} % lower by weeks ` +
    `${course.targetFromWeek} to ${course.targetByWeek}.`;
  const withData = progress.weeks.filter((w) => w.meanPain !== null);
  const latest = withData[withData.length - 1];
  if (!latest || latest.meanPain === null) {
    return `No pain readings yet. ${expected}`;
  }
  const parts = [
    `Week ${latest.weekNumber}: ${reader === 'patient' ? 'your' : 'the'} average pain at rest was ${round1(latest.meanPain)} out of 10.`,
  ];
  if (progress.baselinePain !== null) {
    parts.push(`Before the programme it was ${progress.baselinePain} out of 10.`);
    if (latest.reductionPercent !== null) {
      const change = Math.round(latest.reductionPercent);
      if (change > 0) parts.push(`That is ${change} % less.`);
      else if (change < 0) parts.push(`That is ${-change} % more.`);
      else parts.push('That is the same.');
    }
  }
  parts.push(courseWords(latest.course, reader));
  parts.push(expected);
  return parts.join(' ');
}

function courseWords(course: Progress['weeks'][number]['course'], reader: Reader): string {
  switch (course) {
    case 'ON_TRACK':
      return 'This is on track with the expected course.';
    case 'BEHIND':
      return reader === 'patient'
        ? 'This is slower than expected: your therapist will look at it with you.'
        : 'This is slower than expected: review the programme with the patient.';
    case 'TOO_EARLY':
      return 'It is too early to expect a change.';
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
  return `Week of ${date.toLocaleDateString(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' })}`;
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
  if (weeks.length === 0) return 'No weeks to show yet.';
  const latest = weeks[weeks.length - 1]!;
  const plural = (n: number) => (n === 1 ? 'session' : 'sessions');
  const target = adherence.prescribedSessionsPerWeek;
  const parts = [
    target === null
      ? `This week: ${latest.sessions} ${plural(latest.sessions)}.`
      : `This week: ${latest.sessions} of ${target} ${plural(target)}.`,
  ];
  if (target !== null) {
    const met = weeks.filter((w) => w.met === true).length;
    parts.push(
      reader === 'patient'
        ? `You reached your target in ${met} of the last ${weeks.length} weeks.`
        : `The target was reached in ${met} of the last ${weeks.length} weeks.`,
    );
  }
  const others = weeks
    .slice(0, -1)
    .map((w) => `${weekLabel(w.weekStart, locale)}: ${w.sessions}`)
    .join(', ');
  if (others) parts.push(`Earlier weeks: ${others}.`);
  if (reader === 'patient') parts.push('Every session counts, even a 2-minute one.');
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
  const first = `${daysWithData} of the last 30 days have a check-in or a session.`;
  const missing = thresholdDays - daysWithData;
  if (reader === 'therapist') {
    return reachesThreshold
      ? `${first} Enough for remote monitoring (${thresholdDays} are needed).`
      : `${first} ${missing} more ${missing === 1 ? 'day' : 'days'} with data are needed for remote monitoring (${thresholdDays}).`;
  }
  return reachesThreshold
    ? `${first} That is enough for your therapist to follow you remotely (${thresholdDays} are needed).`
    : `${first} ${thresholdDays - daysWithData} more ${thresholdDays - daysWithData === 1 ? 'day' : 'days'} ` +
        `with a check-in would let your therapist follow you remotely (${thresholdDays} are needed).`;
}
