import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { ApiError, NetworkError } from '../../api/http.ts';
import { openPatientDb } from './db.ts';
import {
  backoffMs,
  idbOutboxStore,
  isRetryable,
  Outbox,
  type NewEntry,
  type OutboxEntry,
  type OutboxStore,
} from './outbox.ts';
import { toProblem } from '../../api/problem.ts';

let store: OutboxStore;
let dbCount = 0;

beforeEach(async () => {
  store = idbOutboxStore(await openPatientDb(`outbox-test-${++dbCount}`));
});

function checkIn(key: string, pain = 4): NewEntry {
  return {
    kind: 'check-in',
    key,
    patientId: 'p-1',
    label: `Pain today: ${pain} out of 10`,
    body: { kind: 'DAILY', pain, occurredAt: '2026-11-27T08:00:00Z' },
  };
}

const apiError = (status: number, detail = 'no') =>
  new ApiError(toProblem({ title: 'Refused', status, detail }, status));

describe('outbox', () => {
  test('sendsAtOnceWhenOnlineAndKeepsNothing', async () => {
    const sent: OutboxEntry[] = [];
    const delivered: string[] = [];
    const outbox = new Outbox(store, async (e) => sent.push(e), { onDelivered: (e) => void delivered.push(e.key) });

    await outbox.add(checkIn('k1'));
    await outbox.settled();

    expect(sent.map((e) => e.key)).toEqual(['k1']);
    expect(sent[0]!.body).toEqual({ kind: 'DAILY', pain: 4, occurredAt: '2026-11-27T08:00:00Z' });
    expect(delivered).toEqual(['k1']);
    expect(await outbox.entries()).toEqual([]);
  });

  test('keepsWhatCannotBeSentOfflineWithItsKeyAndTimeAndSendsItOnceLater', async () => {
    let online = false;
    const sent: string[] = [];
    let now = 1_000_000;
    const outbox = new Outbox(
      store,
      async (e) => {
        if (!online) throw new NetworkError(new TypeError('Failed to fetch'));
        sent.push(e.key);
      },
      { now: () => now },
    );

    await outbox.add(checkIn('k1', 3));
    await outbox.settled();
    await outbox.add(checkIn('k2', 5));
    await outbox.settled();
    const waiting = await outbox.entries();
    expect(waiting.map((e) => [e.key, e.state, e.kind === 'check-in' && e.body.occurredAt])).toEqual([
      ['k1', 'waiting', '2026-11-27T08:00:00Z'],
      ['k2', 'waiting', '2026-11-27T08:00:00Z'],
    ]);
    expect(waiting[0]!.error).toContain('No connection');
    expect(sent).toEqual([]);

    online = true;
    now += 1_000; // before the backoff ends: an automatic flush waits
    await outbox.flush();
    expect(sent).toEqual([]);
    await outbox.flush(true); // the online event
    await outbox.flush(true);
    expect(sent).toEqual(['k1', 'k2']);
    expect(await outbox.entries()).toEqual([]);
  });

  test('survivesAReload', async () => {
    const offline = new Outbox(store, async () => {
      throw new NetworkError('down');
    });
    await offline.add(checkIn('k1'));
    await offline.settled();
    const sent: string[] = [];
    const reloaded = new Outbox(store, async (e) => sent.push(e.key));
    await reloaded.flush(true);
    expect(sent).toEqual(['k1']);
  });

  test('aRefusalIsShownAndNeverRetried', async () => {
    const send = vi.fn(async (e: OutboxEntry) => {
      if (e.key === 'bad') throw apiError(409, 'This Idempotency-Key was already used for a different check-in.');
      return e.key;
    });
    const outbox = new Outbox(store, send);

    await outbox.add(checkIn('bad'));
    await outbox.settled();
    await outbox.add(checkIn('good'));
    await outbox.settled();
    await outbox.flush(true);
    await outbox.flush(true);

    expect(send.mock.calls.map((c) => c[0].key)).toEqual(['bad', 'good']);
    const [failed] = await outbox.entries();
    expect(failed!.state).toBe('failed');
    expect(failed!.error).toContain('already has a different entry');
    await outbox.dismiss('bad');
    expect(await outbox.entries()).toEqual([]);
  });

  test('serverTroubleIsRetriedWithGrowingPauses', async () => {
    let now = 0;
    let calls = 0;
    const outbox = new Outbox(
      store,
      async () => {
        calls++;
        throw apiError(503);
      },
      { now: () => now },
    );
    await outbox.add(checkIn('k1'));
    await outbox.settled();
    expect((await outbox.entries())[0]!.nextAttemptAt).toBe(2_000);
    now = 2_000;
    await outbox.flush();
    expect((await outbox.entries())[0]!.nextAttemptAt).toBe(2_000 + 4_000);
    expect(calls).toBe(2);
  });

  test('armsATimerForTheNextTry', async () => {
    const timers: number[] = [];
    const outbox = new Outbox(
      store,
      async () => {
        throw new NetworkError('down');
      },
      { now: () => 0, setTimer: (_run, ms) => timers.push(ms), clearTimer: () => undefined },
    );
    await outbox.add(checkIn('k1'));
    await outbox.settled();
    expect(timers).toEqual([2_000]);
  });

  test('overlappingFlushesSendEachEntryOnce', async () => {
    const sent: string[] = [];
    const outbox = new Outbox(store, async (e) => {
      await new Promise((r) => setTimeout(r, 5));
      sent.push(e.key);
    });
    await store.put({
      ...checkIn('k1'),
      queuedAt: '2026-11-27T08:00:00Z',
      attempts: 0,
      state: 'waiting',
      nextAttemptAt: 0,
    } as OutboxEntry);
    await Promise.all([outbox.flush(true), outbox.flush(true), outbox.flush(true)]);
    expect(sent).toEqual(['k1']);
  });

  test('backoffGrowsToAMinute', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 10].map(backoffMs)).toEqual([
      2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000,
    ]);
  });

  test('onlyNoAnswerAndServerTroubleAreRetryable', () => {
    expect(isRetryable(new NetworkError('x'))).toBe(true);
    expect(isRetryable(apiError(503))).toBe(true);
    expect(isRetryable(apiError(429))).toBe(true);
    expect(isRetryable(apiError(400))).toBe(false);
    expect(isRetryable(apiError(409))).toBe(false);
    expect(isRetryable(apiError(404))).toBe(false);
  });
});
