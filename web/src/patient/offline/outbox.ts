import { ApiError, NetworkError } from '../../api/http.ts';
import type { NewCheckIn, NewSession } from '../../api/patients.ts';
import type { PatientDatabase } from './db.ts';
import { t } from '../../i18n/i18n.ts';

/**
 * Check-ins and session logs wait here (IndexedDB) until the server has them. Each entry keeps
 * the Idempotency-Key it was created with and the time it happened (occurredAt / startedAt), so a
 * resend after a lost answer is stored once, at the right time. A refusal (4xx, e.g. 409 or a
 * reading older than 7 days) is kept as failed and shown, never retried; no answer at all
 * (offline), 5xx, 408 and 429 are retried with backoff and at once when the browser is online again.
 */

export type OutboxEntry =
  (EntryBase & { kind: 'check-in'; body: NewCheckIn }) | (EntryBase & { kind: 'session'; body: NewSession });

interface EntryBase {
  /** The Idempotency-Key, also the entry's id. */
  key: string;
  patientId: string;
  /** What it is, in plain words ("Pain today: 4 out of 10"). */
  label: string;
  /** ISO instant it was put here. */
  queuedAt: string;
  attempts: number;
  state: 'waiting' | 'failed';
  /** Epoch ms of the next automatic try. */
  nextAttemptAt: number;
  /** Why it failed, in plain words (state failed), or why the last try did not get through. */
  error?: string;
}

export type NewEntry =
  | { kind: 'check-in'; key: string; patientId: string; label: string; body: NewCheckIn }
  | { kind: 'session'; key: string; patientId: string; label: string; body: NewSession };

export interface OutboxStore {
  all(): Promise<OutboxEntry[]>;
  put(entry: OutboxEntry): Promise<void>;
  remove(key: string): Promise<void>;
}

export function idbOutboxStore(db: PatientDatabase): OutboxStore {
  return {
    all: () => db.getAll('outbox'),
    put: async (entry) => {
      await db.put('outbox', entry);
    },
    remove: (key) => db.delete('outbox', key),
  };
}

/** Sends one entry; resolves to the server's answer. */
export type Sender = (entry: OutboxEntry) => Promise<unknown>;

/** 2 s, 4 s, 8 s ... at most 60 s between automatic tries. */
export function backoffMs(attempts: number): number {
  return Math.min(60_000, 2_000 * 2 ** Math.max(0, attempts - 1));
}

/** Whether a failed try may be repeated later. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  if (error instanceof ApiError) {
    return error.status >= 500 || error.status === 408 || error.status === 429 || error.status === 401;
  }
  return false;
}

export interface OutboxOptions {
  now?: () => number;
  /** Called with every entry after each change (to show what is still waiting). */
  onChange?: (entries: OutboxEntry[]) => void;
  onDelivered?: (entry: OutboxEntry, answer: unknown) => void | Promise<void>;
  /** A try the server refused for good (kept as failed); `error` is what the server said. */
  onRefused?: (entry: OutboxEntry, error: unknown) => void;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export class Outbox {
  private readonly store: OutboxStore;
  private readonly send: Sender;
  private readonly now: () => number;
  private readonly options: OutboxOptions;
  private flushing: Promise<void> | null = null;
  private again = false;
  private timer: unknown = null;

  constructor(store: OutboxStore, send: Sender, options: OutboxOptions = {}) {
    this.store = store;
    this.send = send;
    this.now = options.now ?? Date.now;
    this.options = options;
  }

  /** Every entry, oldest first. */
  async entries(): Promise<OutboxEntry[]> {
    const all = await this.store.all();
    return all.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt) || a.key.localeCompare(b.key));
  }

  /**
   * Stores the write (so nothing is lost) and starts sending it; resolves once it is stored, not
   * when it is sent (a slow connection must not keep the screen busy). See `settled()`.
   */
  async add(entry: NewEntry): Promise<void> {
    const stored = {
      ...entry,
      queuedAt: new Date(this.now()).toISOString(),
      attempts: 0,
      state: 'waiting',
      nextAttemptAt: this.now(),
    } as OutboxEntry;
    await this.store.put(stored);
    await this.changed();
    this.flush(true).catch(() => undefined);
  }

  /** Resolves when no flush is running (tests, and callers that want the outcome). */
  async settled(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  /** Forget a failed entry after the patient has read why. */
  async dismiss(key: string): Promise<void> {
    await this.store.remove(key);
    await this.changed();
  }

  /**
   * Sends what is waiting, oldest first; one flush at a time (a call during a flush runs another
   * afterwards). `now` = ignore the backoff (the browser came online, the patient pressed Send).
   */
  flush(now = false): Promise<void> {
    if (this.flushing) {
      this.again = true;
      return this.flushing;
    }
    this.flushing = (async () => {
      try {
        let force = now;
        do {
          this.again = false;
          await this.flushOnce(force);
          force = true;
        } while (this.again);
      } finally {
        this.flushing = null;
      }
    })();
    return this.flushing;
  }

  private async flushOnce(force: boolean): Promise<void> {
    for (const entry of await this.entries()) {
      if (entry.state !== 'waiting') continue;
      // Oldest first: the entries behind one that waits for its next try wait too.
      if (!force && entry.nextAttemptAt > this.now()) break;
      let answer: unknown;
      try {
        answer = await this.send(entry);
      } catch (error) {
        const attempts = entry.attempts + 1;
        if (isRetryable(error)) {
          await this.store.put({
            ...entry,
            attempts,
            nextAttemptAt: this.now() + backoffMs(attempts),
            error: waitReason(error),
          });
          await this.changed();
          // No connection: the next entries would fail the same way.
          break;
        }
        await this.store.put({ ...entry, attempts, state: 'failed', error: refusal(error) });
        await this.changed();
        this.options.onRefused?.(entry, error);
        continue;
      }
      await this.store.remove(entry.key);
      await this.changed();
      try {
        await this.options.onDelivered?.(entry, answer);
      } catch {
        // Delivered is delivered: what follows (reading an outcome) is retried by its owner.
      }
    }
    await this.schedule();
  }

  /** Arms one timer for the earliest waiting entry. */
  private async schedule(): Promise<void> {
    const setTimer = this.options.setTimer;
    if (!setTimer) return;
    if (this.timer !== null) this.options.clearTimer?.(this.timer);
    this.timer = null;
    const waiting = (await this.store.all()).filter((e) => e.state === 'waiting');
    if (waiting.length === 0) return;
    const next = Math.min(...waiting.map((e) => e.nextAttemptAt));
    this.timer = setTimer(
      () => {
        this.timer = null;
        void this.flush();
      },
      Math.max(0, next - this.now()),
    );
  }

  private async changed(): Promise<void> {
    if (this.options.onChange) this.options.onChange(await this.entries());
  }

  /** Stops the retry timer (the app is closing). */
  stop(): void {
    if (this.timer !== null) this.options.clearTimer?.(this.timer);
    this.timer = null;
  }
}

export function refusal(error: unknown): string {
  if (error instanceof ApiError) {
    const said = error.problem.detail ?? error.problem.title;
    if (error.status === 409) return t('The server already has a different entry with this key: {said}', { said });
    return t('The server did not accept it: {said}', { said });
  }
  return t('It could not be sent.');
}

/** Why a write is still waiting, in plain words. */
export function waitReason(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return t('You are signed out: sign in again and it will be sent.');
    return t('Motus is busy or had a problem: we will try again soon.');
  }
  return t('No connection: it will be sent when you are back online.');
}
