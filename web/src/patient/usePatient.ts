import { createContext } from 'preact';
import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { NetworkError } from '../api/http.ts';
import {
  fetchMyRecord,
  fetchSession,
  recordCheckIn,
  recordSession,
  type ExerciseSession,
  type PatientRecord,
} from '../api/patients.ts';
import type { Me } from '../api/session.ts';
import { openPatientDb } from './offline/db.ts';
import { dueFollowUps, followUpFor, idbFollowUpStore, type FollowUp, type FollowUpStore } from './offline/followUps.ts';
import { idbOutboxStore, Outbox, type NewEntry, type OutboxEntry } from './offline/outbox.ts';

/** What every patient screen shares: the record, the offline queue and the two-hour follow-ups. */
export interface PatientServices {
  record: PatientRecord;
  /** Writes not yet on the server (waiting or failed). */
  waiting: OutboxEntry[];
  followUps: FollowUp[];
  /** Follow-ups due now (refreshed every 30 s). */
  due: FollowUp[];
  send(entry: NewEntry): Promise<void>;
  retryNow(): Promise<void>;
  dismiss(key: string): Promise<void>;
  answerFollowUp(followUp: FollowUp, pain: number, key: string): Promise<void>;
  forgetFollowUp(sessionId: string): Promise<void>;
}

export const PatientContext = createContext<PatientServices | null>(null);

export function usePatient(): PatientServices {
  const services = useContext(PatientContext);
  if (!services) throw new Error('usePatient outside PatientApp');
  return services;
}

const recordCacheKey = (subject: string) => `motus.patient-record.${subject}`;

/** The own record; the copy kept on the phone when Motus cannot be reached (offline start). */
export async function loadMyRecord(me: Me, signal: AbortSignal): Promise<PatientRecord> {
  try {
    const record = await fetchMyRecord(signal);
    try {
      localStorage.setItem(recordCacheKey(me.subject), JSON.stringify(record));
    } catch {
      // Storage full or blocked: the app still works online.
    }
    return record;
  } catch (error) {
    if (error instanceof NetworkError) {
      const kept = localStorage.getItem(recordCacheKey(me.subject));
      if (kept) return JSON.parse(kept) as PatientRecord;
    }
    throw error;
  }
}

interface Machinery {
  outbox: Outbox;
  followUps: FollowUpStore;
}

/** Opens the IndexedDB queue for a loaded record and keeps the screens' view of it current. */
export function usePatientServices(record: PatientRecord): PatientServices | { failed: unknown } | null {
  const [machinery, setMachinery] = useState<Machinery | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const [waiting, setWaiting] = useState<OutboxEntry[]>([]);
  const [followUps, setFollowUps] = useState<FollowUp[]>([]);
  const [now, setNow] = useState(Date.now());
  const latest = useRef<Machinery | null>(null);

  useEffect(() => {
    let gone = false;
    let outbox: Outbox | null = null;
    const refreshFollowUps = async (store: FollowUpStore) => {
      const all = await store.all();
      if (!gone) setFollowUps(all.filter((f) => f.patientId === record.id));
    };
    openPatientDb().then(
      async (db) => {
        const followUpStore = idbFollowUpStore(db);
        outbox = new Outbox(idbOutboxStore(db), sendEntry, {
          onChange: (entries) => {
            if (!gone) setWaiting(entries.filter((e) => e.patientId === record.id));
          },
          onDelivered: async (entry, answer) => {
            if (entry.kind === 'session') {
              await followUpStore.put(followUpFor(answer as ExerciseSession));
            } else if (entry.body.kind === 'FOLLOW_UP' && entry.body.sessionId) {
              await settleFollowUp(followUpStore, entry.patientId, entry.body.sessionId);
            }
            await refreshFollowUps(followUpStore);
          },
          setTimer: (run, ms) => window.setTimeout(run, ms),
          clearTimer: (timer) => window.clearTimeout(timer as number),
        });
        if (gone) return;
        const machinery = { outbox, followUps: followUpStore };
        latest.current = machinery;
        setMachinery(machinery);
        setWaiting((await outbox.entries()).filter((e) => e.patientId === record.id));
        await refreshFollowUps(followUpStore);
        // Answers that were sent while the outcome could not be read yet.
        for (const f of await followUpStore.all()) {
          if (f.state === 'sent' && !(await outbox.entries()).some((e) => e.kind === 'check-in' && e.body.sessionId === f.sessionId)) {
            await settleFollowUp(followUpStore, f.patientId, f.sessionId).catch(() => undefined);
          }
        }
        await refreshFollowUps(followUpStore);
        await outbox.flush(true);
      },
      (error: unknown) => {
        if (!gone) setFailed(error);
      },
    );
    const online = () => void outbox?.flush(true);
    window.addEventListener('online', online);
    const clock = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => {
      gone = true;
      outbox?.stop();
      window.removeEventListener('online', online);
      window.clearInterval(clock);
    };
  }, [record.id]);

  return useMemo(() => {
    if (failed) return { failed };
    if (!machinery) return null;
    const refresh = async () => {
      const all = await machinery.followUps.all();
      setFollowUps(all.filter((f) => f.patientId === record.id));
    };
    const services: PatientServices = {
      record,
      waiting,
      followUps,
      due: dueFollowUps(followUps, now),
      send: (entry) => machinery.outbox.add(entry),
      retryNow: () => machinery.outbox.flush(true),
      dismiss: (key) => machinery.outbox.dismiss(key),
      answerFollowUp: async (followUp, pain, key) => {
        await machinery.followUps.put({ ...followUp, state: 'sent', answer: pain });
        await refresh();
        await machinery.outbox.add({
          kind: 'check-in',
          key,
          patientId: followUp.patientId,
          label: `Pain two hours after the session: ${pain} out of 10`,
          body: { kind: 'FOLLOW_UP', pain, sessionId: followUp.sessionId, occurredAt: new Date().toISOString() },
        });
      },
      forgetFollowUp: async (sessionId) => {
        await machinery.followUps.remove(sessionId);
        await refresh();
      },
    };
    return services;
  }, [machinery, failed, waiting, followUps, now, record]);
}

function sendEntry(entry: OutboxEntry): Promise<unknown> {
  return entry.kind === 'check-in'
    ? recordCheckIn(entry.patientId, entry.body, entry.key)
    : recordSession(entry.patientId, entry.body, entry.key);
}

/** Reads the server's two-hour rule outcome for an answered follow-up. */
async function settleFollowUp(store: FollowUpStore, patientId: string, sessionId: string): Promise<void> {
  const followUp = await store.get(sessionId);
  if (!followUp) return;
  const session = await fetchSession(patientId, sessionId);
  await store.put({
    ...followUp,
    state: session.twoHourRule === 'FOLLOW_UP_MISSING' ? followUp.state : 'answered',
    outcome: session.twoHourRule,
    ...(session.painFollowUp !== null ? { answer: session.painFollowUp } : {}),
  });
}
