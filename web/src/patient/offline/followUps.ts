import type { ExerciseSession, TwoHourOutcome } from '../../api/patients.ts';
import type { PatientDatabase } from './db.ts';

/** About two hours after a session the app asks for the pain again (DOMAIN.md rules 2 and 3). */
export const followUpDelayMs = 2 * 60 * 60 * 1000;

export interface FollowUp {
  sessionId: string;
  patientId: string;
  painBefore: number;
  /** Epoch ms when to ask: two hours after the session ended. */
  dueAt: number;
  /** pending: not answered; sent: answer waiting in the outbox or on its way; answered: the server's outcome is known. */
  state: 'pending' | 'sent' | 'answered';
  answer?: number;
  outcome?: TwoHourOutcome;
}

export function followUpFor(session: Pick<ExerciseSession, 'id' | 'patientId' | 'painBefore' | 'endedAt'>): FollowUp {
  return {
    sessionId: session.id,
    patientId: session.patientId,
    painBefore: session.painBefore,
    dueAt: Date.parse(session.endedAt) + followUpDelayMs,
    state: 'pending',
  };
}

/** Follow-ups to ask now: pending and due. */
export function dueFollowUps(all: FollowUp[], now: number): FollowUp[] {
  return all.filter((f) => f.state === 'pending' && f.dueAt <= now).sort((a, b) => a.dueAt - b.dueAt);
}

export interface FollowUpStore {
  all(): Promise<FollowUp[]>;
  put(followUp: FollowUp): Promise<void>;
  remove(sessionId: string): Promise<void>;
  get(sessionId: string): Promise<FollowUp | undefined>;
}

export function idbFollowUpStore(db: PatientDatabase): FollowUpStore {
  return {
    all: () => db.getAll('followUps'),
    put: async (f) => {
      await db.put('followUps', f);
    },
    remove: (id) => db.delete('followUps', id),
    get: (id) => db.get('followUps', id),
  };
}
