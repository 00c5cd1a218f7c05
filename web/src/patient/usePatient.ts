import { createContext } from 'preact';
import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ApiError, NetworkError } from '../api/http.ts';
import {
  browserZone,
  fetchFollowUps,
  fetchMyRecord,
  recordCheckIn,
  recordSession,
  setTimeZone,
  type PatientRecord,
  type PendingFollowUp,
} from '../api/patients.ts';
import type { Me } from '../api/session.ts';
import { keepRecord, keptRecord, openPatientDb } from './offline/db.ts';
import { idbOutboxStore, Outbox, refusal, type NewEntry, type OutboxEntry } from './offline/outbox.ts';

/** What became of one write right after it was stored on the phone. */
export type Delivery =
  /** The server has it; `answer` is its view (CheckInView / SessionView). */
  | { state: 'delivered'; answer: unknown }
  /** Kept on the phone (offline, or no answer in time): it is sent later by the outbox. */
  | { state: 'waiting' }
  /** The server refused it for good; `error` is what it said. */
  | { state: 'refused'; error: unknown; message: string };

/** What every patient screen shares: the record, the offline queue and the server's pending follow-ups. */
export interface PatientServices {
  record: PatientRecord;
  updateRecord(record: PatientRecord): void;
  /** Writes not yet on the server (waiting or failed). */
  waiting: OutboxEntry[];
  /** Pending two-hour follow-ups from the server (clinical-rules.md §12), soonest first. */
  followUps: PendingFollowUp[];
  /**
   * Stores the write on the phone, tries to send it and says what became of it; `waitMs` is how
   * long to wait for the server's answer before saying `waiting` (default `answerWaitMs`).
   */
  send(entry: NewEntry, waitMs?: number): Promise<Delivery>;
  retryNow(): Promise<void>;
  dismiss(key: string): Promise<void>;
  refreshFollowUps(): Promise<void>;
}

export const PatientContext = createContext<PatientServices | null>(null);

export function usePatient(): PatientServices {
  const services = useContext(PatientContext);
  if (!services) throw new Error('usePatient outside PatientApp');
  return services;
}

/** The own record; the copy kept on the phone when Motus cannot be reached (offline start). */
export async function loadMyRecord(me: Me, signal: AbortSignal): Promise<PatientRecord> {
  try {
    const record = await fetchMyRecord(signal);
    await keepRecord(record);
    return record;
  } catch (error) {
    if (error instanceof NetworkError) {
      const kept = await keptRecord(me.subject);
      if (kept) return kept;
    }
    throw error;
  }
}

/** How long a form waits for the server's answer before saying "saved on this phone". */
export const answerWaitMs = 10_000;
/** With a red flag answered yes the patient must not wait long for what to do (rule 16). */
export const redFlagWaitMs = 3_000;
/**
 * The follow-up list is an audited clinical read: asked at start, when the page is shown again,
 * when the browser comes online, after each delivered write, and otherwise every 5 minutes.
 */
const followUpRefreshMs = 5 * 60_000;

interface Machinery {
  outbox: Outbox;
  waiters: Map<string, (delivery: Delivery) => void>;
}

/** Opens the IndexedDB queue for a loaded record and keeps the screens' view of it current. */
export function usePatientServices(initial: PatientRecord): PatientServices | { failed: unknown } | null {
  const [record, setRecord] = useState(initial);
  const [machinery, setMachinery] = useState<Machinery | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const [waiting, setWaiting] = useState<OutboxEntry[]>([]);
  const [followUps, setFollowUps] = useState<PendingFollowUp[]>([]);
  const refresh = useRef<() => Promise<void>>(async () => undefined);
  const id = initial.id;

  useEffect(() => {
    let gone = false;
    let outbox: Outbox | null = null;
    const waiters = new Map<string, (delivery: Delivery) => void>();
    refresh.current = async () => {
      try {
        const pending = await fetchFollowUps(id);
        if (!gone) setFollowUps(pending);
      } catch {
        // Offline or refused: keep the last list; the next refresh tries again.
      }
    };
    void refresh.current();
    openPatientDb().then(
      async (db) => {
        outbox = new Outbox(idbOutboxStore(db), sendEntry, {
          onChange: (entries) => {
            if (!gone) setWaiting(entries.filter((e) => e.patientId === id));
          },
          onDelivered: async (entry, answer) => {
            waiters.get(entry.key)?.({ state: 'delivered', answer });
            await refresh.current();
          },
          onRefused: (entry, error) => waiters.get(entry.key)?.({ state: 'refused', error, message: refusal(error) }),
          setTimer: (run, ms) => window.setTimeout(run, ms),
          clearTimer: (timer) => window.clearTimeout(timer as number),
        });
        if (gone) return;
        setMachinery({ outbox, waiters });
        setWaiting((await outbox.entries()).filter((e) => e.patientId === id));
        await outbox.flush(true);
      },
      (error: unknown) => {
        if (!gone) setFailed(error);
      },
    );
    const online = () => {
      void outbox?.flush(true);
      void refresh.current();
    };
    window.addEventListener('online', online);
    const shown = () => {
      if (document.visibilityState === 'visible') void refresh.current();
    };
    document.addEventListener('visibilitychange', shown);
    const clock = window.setInterval(() => void refresh.current(), followUpRefreshMs);
    return () => {
      gone = true;
      outbox?.stop();
      window.removeEventListener('online', online);
      document.removeEventListener('visibilitychange', shown);
      window.clearInterval(clock);
    };
  }, [id]);

  // clinical-rules.md §18: the zone comes from the browser at first sign-in (never set before).
  useEffect(() => {
    const zone = browserZone();
    if (record.timeZoneSetAt !== null || !zone) return;
    setTimeZone(id, zone).then(
      (updated) => {
        void keepRecord(updated);
        setRecord(updated);
      },
      () => undefined, // Offline or refused: tried again at the next sign-in.
    );
    // Once per signed-in patient, with the record as it was at sign-in, not again when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  return useMemo(() => {
    if (failed) return { failed };
    if (!machinery) return null;
    const services: PatientServices = {
      record,
      updateRecord: (updated) => {
        void keepRecord(updated);
        setRecord(updated);
      },
      waiting,
      followUps,
      send: (entry, waitMs = answerWaitMs) => deliver(machinery, entry, waitMs),
      retryNow: () => machinery.outbox.flush(true),
      dismiss: (key) => machinery.outbox.dismiss(key),
      refreshFollowUps: () => refresh.current(),
    };
    return services;
  }, [machinery, failed, waiting, followUps, record]);
}

async function deliver({ outbox, waiters }: Machinery, entry: NewEntry, waitMs: number): Promise<Delivery> {
  const answered = new Promise<Delivery>((resolve) => waiters.set(entry.key, resolve));
  try {
    await outbox.add(entry);
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return { state: 'waiting' };
    let timer = 0;
    const later = new Promise<Delivery>((resolve) => {
      timer = window.setTimeout(() => resolve({ state: 'waiting' }), waitMs);
    });
    const settled = outbox.settled().then(() => ({ state: 'waiting' }) as Delivery);
    const delivery = await Promise.race([answered, settled, later]);
    window.clearTimeout(timer);
    return delivery;
  } finally {
    waiters.delete(entry.key);
  }
}

function sendEntry(entry: OutboxEntry): Promise<unknown> {
  return entry.kind === 'check-in'
    ? recordCheckIn(entry.patientId, entry.body, entry.key)
    : recordSession(entry.patientId, entry.body, entry.key);
}

/** The problem detail of a refusal (e.g. a follow-up before its window), if the server gave one. */
export function refusalDetail(delivery: Delivery): string | null {
  if (delivery.state !== 'refused') return null;
  return delivery.error instanceof ApiError
    ? (delivery.error.problem.detail ?? delivery.error.problem.title)
    : delivery.message;
}
