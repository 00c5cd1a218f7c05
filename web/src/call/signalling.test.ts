import { describe, expect, it } from 'vitest';
import { SignallingChannel, type ChannelState, type Clock, type SocketLike } from './signalling.ts';
import type { ServerMessage } from './protocol.ts';

class FakeSocket implements SocketLike {
  readyState = 0;
  sent: string[] = [];
  onopen: SocketLike['onopen'] = null;
  onclose: SocketLike['onclose'] = null;
  onmessage: SocketLike['onmessage'] = null;
  onerror: SocketLike['onerror'] = null;
  send(data: string) {
    this.sent.push(data);
  }
  close() {
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.onopen?.({});
  }
  receive(message: object) {
    this.onmessage?.({ data: JSON.stringify({ v: 1, ...message }) });
  }
  drop(code: number) {
    this.readyState = 3;
    this.onclose?.({ code, reason: '' });
  }
}

class FakeClock implements Clock {
  now = 0;
  private tasks: { at: number; every: number | null; run: () => void; id: number }[] = [];
  private next = 0;
  setTimeout(run: () => void, ms: number) {
    this.tasks.push({ at: this.now + ms, every: null, run, id: ++this.next });
    return this.next;
  }
  setInterval(run: () => void, ms: number) {
    this.tasks.push({ at: this.now + ms, every: ms, run, id: ++this.next });
    return this.next;
  }
  clearTimeout(id: unknown) {
    this.tasks = this.tasks.filter((t) => t.id !== id);
  }
  clearInterval(id: unknown) {
    this.clearTimeout(id);
  }
  advance(ms: number) {
    const end = this.now + ms;
    for (;;) {
      const due = this.tasks.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.now = due.at;
      if (due.every === null) this.tasks = this.tasks.filter((t) => t !== due);
      else due.at += due.every;
      due.run();
    }
    this.now = end;
  }
}

const lastOf = <T>(items: T[]): T | undefined => items[items.length - 1];

const joined = { type: 'joined', role: 'patient', status: 'WAITING', peerPresent: false, reconnect: false };

function aChannel() {
  const sockets: FakeSocket[] = [];
  const states: ChannelState[] = [];
  const messages: ServerMessage[] = [];
  const clock = new FakeClock();
  const channel = new SignallingChannel({
    url: 'ws://motus.test/api/v1/visits/v1/signal',
    openSocket: () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
    clock,
    random: () => 1, // the top of each jitter range
    pingIntervalMs: 15_000,
    onMessage: (m) => messages.push(m),
    onState: (s) => states.push(s),
  });
  const last = () => sockets[sockets.length - 1]!;
  return { channel, sockets, states, messages, clock, last };
}

describe('SignallingChannel', () => {
  it('joinsAsSoonAsTheSocketOpensAndReportsJoined', () => {
    const t = aChannel();
    t.channel.start();
    t.last().open();
    expect(t.last().sent).toEqual(['{"v":1,"type":"join"}']);
    t.last().receive(joined);
    expect(lastOf(t.states)).toEqual({ kind: 'joined' });
    expect(t.messages[0]?.type).toBe('joined');
  });

  it('sendsNothingBeforeJoinedAndSaysSo', () => {
    const t = aChannel();
    t.channel.start();
    t.last().open();
    expect(t.channel.send({ type: 'admit' })).toBe(false);
    t.last().receive(joined);
    expect(t.channel.send({ type: 'admit' })).toBe(true);
    expect(lastOf(t.last().sent)).toBe('{"v":1,"type":"admit"}');
  });

  it('pingsEvery15SecondsWhileJoined', () => {
    const t = aChannel();
    t.channel.start();
    t.last().open();
    t.last().receive(joined);
    t.clock.advance(31_000);
    expect(t.last().sent.filter((s) => s.includes('"ping"'))).toEqual([
      '{"v":1,"type":"ping","id":"p1"}',
      '{"v":1,"type":"ping","id":"p2"}',
    ]);
  });

  it('reconnectsAfterANetworkDropWithGrowingDelaysAndJoinsAgain', () => {
    const t = aChannel();
    t.channel.start();
    t.last().open();
    t.last().receive(joined);

    t.last().drop(1006);
    expect(lastOf(t.states)).toEqual({ kind: 'reconnecting', attempt: 1, delayMs: 500, refused: false });
    t.clock.advance(499);
    expect(t.sockets).toHaveLength(1);
    t.clock.advance(1);
    expect(t.sockets).toHaveLength(2);

    t.last().drop(1006); // refused before open
    expect(lastOf(t.states)).toEqual({ kind: 'reconnecting', attempt: 2, delayMs: 1000, refused: true });
    t.clock.advance(1000);
    t.last().open();
    t.last().receive({ ...joined, reconnect: true });
    expect(t.channel.rejoins).toBe(1);

    // After a successful join the backoff starts over.
    t.last().drop(4002);
    expect(lastOf(t.states)).toMatchObject({ kind: 'reconnecting', attempt: 1, delayMs: 500 });
  });

  it.each([
    [4001, 'replaced'],
    [4000, 'ended'],
    [1000, 'left'],
    [4003, 'signed-out'],
    [4004, 'signed-out'],
  ] as const)('doesNotReconnectAfterClose%s', (code, why) => {
    const t = aChannel();
    t.channel.start();
    t.last().open();
    t.last().receive(joined);
    t.last().drop(code);
    t.clock.advance(60_000);
    expect(t.sockets).toHaveLength(1);
    expect(lastOf(t.states)).toEqual({ kind: 'closed', why });
  });

  it('stopsPingingAndRetryingWhenTheCallerLeaves', () => {
    const t = aChannel();
    t.channel.start();
    t.last().open();
    t.last().receive(joined);
    t.channel.leave();
    expect(lastOf(t.last().sent)).toBe('{"v":1,"type":"leave"}');
    t.clock.advance(60_000);
    expect(t.last().sent.filter((s) => s.includes('ping'))).toEqual([]);
    expect(t.sockets).toHaveLength(1);
  });

  it('ignoresFramesThatAreNotProtocolMessages', () => {
    const t = aChannel();
    t.channel.start();
    t.last().open();
    t.last().onmessage?.({ data: 'not json' });
    t.last().onmessage?.({ data: new ArrayBuffer(2) });
    t.last().receive({ type: 'surprise' });
    expect(t.messages).toEqual([]);
  });
});
