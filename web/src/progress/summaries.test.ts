import { describe, expect, test } from 'vitest';
import { aProgress, anAdherence } from '../testing/fixtures.ts';
import {
  adherenceSeries,
  adherenceSummary,
  daySeries,
  daysSummary,
  localDate,
  painSeries,
  painSummary,
} from './summaries.ts';

describe('painSeries', () => {
  test('coversTheWholeExpectedCourseEvenBeforeTheDataGetsThere', () => {
    const series = painSeries(aProgress());
    expect(series.labels).toEqual(['Week 1', 'Week 2', 'Week 3', 'Week 4', 'Week 5', 'Week 6', 'Week 7', 'Week 8']);
    expect(series.meanPain).toEqual([6.1, 5.4, null, null, null, null, null, null]);
    expect(series.baseline).toEqual([6, 6, 6, 6, 6, 6, 6, 6]);
  });

  test('drawsTheTargetRangeFromTheTargetWeekOn', () => {
    const series = painSeries(aProgress());
    // 50-75 % less than 6: between 3 and 1.5.
    expect(series.targetHigh).toEqual([null, null, null, null, null, 3, 3, 3]);
    expect(series.targetLow).toEqual([null, null, null, null, null, 1.5, 1.5, 1.5]);
  });

  test('hasNoBaselineOrTargetWithoutABaseline', () => {
    const series = painSeries(aProgress({ baselinePain: null }));
    expect(series.baseline.every((b) => b === null)).toBe(true);
    expect(series.targetHigh.every((b) => b === null)).toBe(true);
  });
});

describe('painSummary', () => {
  test('saysTheLatestWeekWithDataAgainstTheBaseline', () => {
    expect(painSummary(aProgress())).toBe(
      'Week 2: your average pain at rest was 5.4 out of 10. Before the programme it was 6 out of 10. ' +
        'That is 10 % less. This is on track with the expected course. ' +
        'Usually pain starts to ease in weeks 2 to 4, and is 50 to 75 % lower by weeks 6 to 8.',
    );
  });

  test('saysMoreWhenPainRose', () => {
    const text = painSummary(aProgress({ weeks: [aProgress().weeks[0]!] }));
    expect(text).toContain('That is 2 % more.');
    expect(text).toContain('too early');
  });

  test('saysBehindInPlainWords', () => {
    const week = {
      weekStart: '2026-11-30',
      weekNumber: 6,
      readings: 5,
      meanPain: 6,
      reductionPercent: 0,
      course: 'BEHIND' as const,
    };
    expect(painSummary(aProgress({ weeks: [week] }))).toContain('slower than expected');
  });

  test('saysWhenThereIsNoReadingYet', () => {
    expect(painSummary(aProgress({ weeks: [], programmeStart: null }))).toMatch(/^No pain readings yet\./);
  });
});

describe('adherence', () => {
  test('seriesHasOneBarPerWeek', () => {
    const series = adherenceSeries(anAdherence(), 'en-GB');
    expect(series.labels).toEqual(['Week of 16 Nov', 'Week of 23 Nov']);
    expect(series.sessions).toEqual([5, 2]);
    expect(series.prescribed).toEqual([5, 5]);
  });

  test('summarySaysThisWeekAgainstTheTarget', () => {
    expect(adherenceSummary(anAdherence(), 'en-GB')).toBe(
      'This week: 2 of 5 sessions. You reached your target in 1 of the last 2 weeks. ' +
        'Earlier weeks: Week of 16 Nov: 5. Every session counts, even a 2-minute one.',
    );
  });

  test('summaryWithoutATarget', () => {
    const adherence = anAdherence({
      prescribedSessionsPerWeek: null,
      weeks: [{ weekStart: '2026-11-23', sessions: 1, prescribed: null, percent: null, met: null }],
    });
    expect(adherenceSummary(adherence)).toBe('This week: 1 session. Every session counts, even a 2-minute one.');
  });
});

describe('days with data', () => {
  test('marksEachDayWithAReadingInTheZone', () => {
    // 23:30 UTC on the 1st is already the 2nd in Berlin.
    const series = daySeries(
      '2026-11-01',
      '2026-11-03',
      ['2026-11-01T23:30:00Z', '2026-11-03T08:00:00Z'],
      'Europe/Berlin',
    );
    expect(series.days).toEqual(['2026-11-01', '2026-11-02', '2026-11-03']);
    expect(series.hasData).toEqual([0, 1, 1]);
  });

  test('localDateIsAnIsoDate', () => {
    expect(localDate('2026-11-01T23:30:00Z', 'UTC')).toBe('2026-11-01');
  });

  test('summarySaysHowManyDaysAndWhatIsNeeded', () => {
    expect(daysSummary(anAdherence().last30Days)).toBe(
      '22 of the last 30 days have a check-in or a session. That is enough for your therapist to follow you remotely (16 are needed).',
    );
    expect(
      daysSummary({
        from: '2026-10-28',
        to: '2026-11-26',
        daysWithData: 15,
        thresholdDays: 16,
        reachesThreshold: false,
      }),
    ).toBe(
      '15 of the last 30 days have a check-in or a session. 1 more day with a check-in would let your therapist follow you remotely (16 are needed).',
    );
  });
});

describe('for the therapist', () => {
  test('speaksAboutThePatientNotToThem', () => {
    const behind = {
      weekStart: '2026-11-30',
      weekNumber: 6,
      readings: 5,
      meanPain: 6,
      reductionPercent: 0,
      course: 'BEHIND' as const,
    };
    const texts = [
      painSummary(aProgress(), 'therapist'),
      painSummary(aProgress({ weeks: [behind] }), 'therapist'),
      adherenceSummary(anAdherence(), undefined, 'therapist'),
      daysSummary(anAdherence().last30Days, 'therapist'),
      daysSummary(
        { from: '2026-10-28', to: '2026-11-26', daysWithData: 15, thresholdDays: 16, reachesThreshold: false },
        'therapist',
      ),
    ];
    for (const text of texts) expect(text).not.toMatch(/\byour?\b/i);
    expect(texts[0]).toContain('Week 2: the average pain at rest was 5.4 out of 10.');
    expect(texts[1]).toContain('review the programme with the patient');
    expect(texts[4]).toContain('1 more day with data are needed for remote monitoring (16).');
  });
});
