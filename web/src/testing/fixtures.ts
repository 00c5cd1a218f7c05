import type { PatientServices } from '../patient/usePatient.ts';
import type { Adherence, ExerciseSession, PatientRecord, PendingFollowUp, Progress } from '../api/patients.ts';
import type { TodayRoutine } from '../api/routine.ts';
import type { Exercise } from '../api/exercises.ts';
import type { Me } from '../api/session.ts';

/** The one place that builds test data for the web app. */

export function aPatient(overrides: Partial<Me> = {}): Me {
  return {
    subject: 'f3b1c1d2-0000-4000-8000-000000000001',
    username: 'pat',
    name: 'Pat Patient',
    email: 'pat@example.org',
    roles: ['patient'],
    ...overrides,
  };
}

export function anExercise(overrides: Partial<Exercise> = {}): Exercise {
  return {
    id: 'e0000000-0000-4000-8000-000000000001',
    slug: 'hamstring-stretch',
    name: 'Hamstring stretch',
    pillar: 'STRETCHING',
    kind: null,
    regions: ['LOW_BACK', 'HIP'],
    instructions: ['Hold 30 seconds, no bouncing.'],
    commonMistakes: [],
    contraindications: [],
    contraindicatedConditions: [],
    defaultDosage: null,
    demonstration: { illustrationUrl: null, mediaUrl: null, upload: null },
    builtIn: true,
    madeBy: null,
    ...overrides,
  };
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

export function problemResponse(status: number, title: string, detail?: string): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, detail }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** A promise the test settles when it wants, to look at the screen in between. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export function aProgress(overrides: Partial<Progress> = {}): Progress {
  return {
    patientId: '0a7e0000-0000-4000-8000-000000000002',
    zone: 'Europe/Berlin',
    baselinePain: 6,
    programmeStart: '2026-10-26',
    weeks: [
      {
        weekStart: '2026-10-26',
        weekNumber: 1,
        readings: 9,
        meanPain: 6.1,
        reductionPercent: -1.9,
        course: 'TOO_EARLY',
      },
      {
        weekStart: '2026-11-02',
        weekNumber: 2,
        readings: 8,
        meanPain: 5.4,
        reductionPercent: 10.4,
        course: 'ON_TRACK',
      },
      {
        weekStart: '2026-11-09',
        weekNumber: 3,
        readings: 0,
        meanPain: null,
        reductionPercent: null,
        course: 'NO_DATA',
      },
    ],
    expectedCourse: {
      firstImprovementFromWeek: 2,
      firstImprovementByWeek: 4,
      targetFromWeek: 6,
      targetByWeek: 8,
      targetReductionLowPercent: 50,
      targetReductionHighPercent: 75,
    },
    ...overrides,
  };
}

export function anAdherence(overrides: Partial<Adherence> = {}): Adherence {
  return {
    patientId: '0a7e0000-0000-4000-8000-000000000002',
    zone: 'Europe/Berlin',
    prescribedSessionsPerWeek: 5,
    weeks: [
      { weekStart: '2026-11-16', sessions: 5, prescribed: 5, percent: 100, met: true },
      { weekStart: '2026-11-23', sessions: 2, prescribed: 5, percent: 40, met: false },
    ],
    last30Days: { from: '2026-10-28', to: '2026-11-26', daysWithData: 22, thresholdDays: 16, reachesThreshold: true },
    ...overrides,
  };
}

export function aPatientRecord(overrides: Partial<PatientRecord> = {}): PatientRecord {
  return {
    id: '0a7e0000-0000-4000-8000-000000000002',
    subject: 'f3b1c1d2-0000-4000-8000-000000000001',
    displayName: 'Pat Patient',
    dateOfBirth: '1968-04-12',
    conditions: ['LOW_BACK'],
    baselinePain: 6,
    prescribedSessionsPerWeek: 4,
    goals: null,
    contact: { preferredChannel: null, email: null, phone: null },
    timeZone: 'Europe/Berlin',
    timeZoneSetAt: '2026-10-01T09:00:00Z',
    language: null,
    discharge: null,
    activityCeiling: { painCeiling: 3, default: true, reason: null, setBy: null, setAt: null },
    createdAt: '2026-10-01T09:00:00Z',
    updatedAt: '2026-11-20T18:30:00Z',
    ...overrides,
  };
}

export function aTodayRoutine(overrides: Partial<TodayRoutine> = {}): TodayRoutine {
  return {
    planId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    version: 1,
    date: '2026-11-26',
    weekday: 'THURSDAY',
    items: [
      {
        itemId: 'item-stretch',
        position: 1,
        section: 'Daily 15-minute core routine',
        exerciseId: 'ex-hamstring',
        name: 'Hamstring stretch',
        pillar: 'STRETCHING',
        instructions: ['Lie on your back and loop a towel around one foot.'],
        commonMistakes: ['Bouncing at the end of the stretch.'],
        illustrationUrl: '/api/v1/illustrations/supine-leg.svg',
        timer: {
          sets: 2,
          holdSeconds: 30,
          restSeconds: 15,
          sessionsToday: 1,
          microSession: false,
          breathing: { inhaleCounts: 3, holdCounts: 2, exhaleCounts: 4, holdLabel: 'pause' },
        },
      },
      {
        itemId: 'item-bird-dog',
        position: 2,
        section: 'Daily 15-minute core routine',
        exerciseId: 'ex-bird-dog',
        name: 'Bird-dog',
        pillar: 'EXERCISE',
        kind: 'STRENGTH',
        instructions: ['On hands and knees, reach one arm forward and the opposite leg back.'],
        timer: { sets: 2, reps: 8, restSeconds: 30, durationSeconds: 180, sessionsToday: 1, microSession: false },
      },
    ],
    ...overrides,
  };
}

export function aSessionView(overrides: Partial<ExerciseSession> = {}): ExerciseSession {
  return {
    id: '5e550000-0000-4000-8000-000000000001',
    patientId: '0a7e0000-0000-4000-8000-000000000002',
    planId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    planVersion: 1,
    startedAt: '2026-11-26T08:00:00Z',
    endedAt: '2026-11-26T08:20:00Z',
    items: [],
    averageHeartRateBpm: null,
    peakHeartRateBpm: null,
    note: null,
    painBefore: 3,
    painDuringPeak: 6,
    painAfter: 4,
    painFollowUp: null,
    followUpAt: null,
    twoHourRule: 'FOLLOW_UP_MISSING',
    ceiling: 'ABOVE',
    ceilingUsed: 3,
    worstActivityPain: 6,
    heartRate: { outcome: 'NOT_RECORDED', maxHeartRateBpm: 166, capBpm: null, zoneHighBpm: null },
    followUp: {
      windowOpensAt: '2026-11-26T09:50:00Z',
      dueAt: '2026-11-26T10:20:00Z',
      windowClosesAt: '2026-11-26T12:20:00Z',
      late: null,
    },
    redFlags: [],
    advice: [
      {
        code: 'REDUCE_INTENSITY',
        text: 'Your pain went to 6/10, above your ceiling of 3/10: next time use less load.',
      },
      { code: 'RECORD_FOLLOW_UP', text: 'Rate your pain again at 11:20 (between 10:50 and 13:20).' },
    ],
    recordedAt: '2026-11-26T08:20:05Z',
    ...overrides,
  };
}

export function aPendingFollowUp(overrides: Partial<PendingFollowUp> = {}): PendingFollowUp {
  return {
    sessionId: '5e550000-0000-4000-8000-000000000001',
    sessionEndedAt: '2026-11-26T08:20:00Z',
    windowOpensAt: '2026-11-26T09:50:00Z',
    dueAt: '2026-11-26T10:20:00Z',
    windowClosesAt: '2026-11-26T12:20:00Z',
    status: 'OPEN',
    ...overrides,
  };
}

/** The patient screens' shared services with nothing waiting and no follow-ups; `send` answers `delivery`. */
export function fakePatientServices(overrides: Partial<PatientServices> = {}): PatientServices {
  return {
    record: aPatientRecord(),
    updateRecord: () => undefined,
    waiting: [],
    followUps: [],
    send: async () => ({ state: 'delivered', answer: {} }),
    retryNow: async () => undefined,
    dismiss: async () => undefined,
    refreshFollowUps: async () => undefined,
    ...overrides,
  };
}
