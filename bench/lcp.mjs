// Largest contentful paint of the patient's Today screen under Chromium's "Slow 4G" and 4x CPU
// throttling (issue 18 item 6: <= 1.5 s), spoken over the DevTools protocol to Debian's headless
// Chromium with the bench's own `ws` client (no browser download, no Playwright). `--help` says how.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const help = `node bench/lcp.mjs [options]

Largest contentful paint (LCP) of the patient's Today screen, the "today" view after sign-in, under
Chromium DevTools' "Slow 4G" preset and 4x CPU throttling; issue 18 item 6 sets the goal <= 1.5 s.

Against a running Motus (./motus up; this script never starts one): headless Chromium signs in
as the demo patient pat through the gateway's /login and Keycloak's form, unthrottled, then loads
Today --runs times throttled and --runs times unthrottled (the baseline, same run, same browser)
and prints a markdown table: LCP of each run, median and max, the ratio to the baseline, the goal.

Every load is cold: HTTP cache disabled and the service worker bypassed (DevTools'
Network.setCacheDisabled and Network.setBypassServiceWorker), so each run downloads index.html,
the code and the API answers again, the same way on every run. That is a patient's first visit
after signing in on a new phone, the worst case.

With --warm, two more conditions follow: a returning patient, whose service worker and HTTP cache
are in use (the app shell from the phone, the API answers over the network). The worker's own
fetches (the API answers it relays, network-first) belong to the worker's own DevTools target,
which the page's emulation does not touch: the script attaches to every service worker as it
starts, paused until the same throttling is applied to it, so a warm figure cannot flatter the
phone. A warm run fails when no worker controlled the page.

Options
  --url URL          the gateway (default http://localhost:8080); Today is its /
  --user NAME        who signs in (default pat, the demo realm's patient)
  --password PW      their password (default pat's, deploy/keycloak/motus-realm-demo.json)
  --runs N           loads per condition (default 5)
  --warm             also measure the returning patient (service worker and HTTP cache in use)
  --no-sign-in       do not sign in; with --ready, checks the mechanics against any page,
                     e.g. \`npx vite preview\` of web/ (then the LCP is the signed-out welcome)
  --ready JS         expression that is true once the page has shown what is measured
                     (default: Today's heading and its routine, or its "no plan" line, are shown)
  --chromium PATH    the browser (default /usr/bin/chromium)
  --main-thread      after the table, what the page's main thread did in the last throttled cold
                     load (a Chromium trace): every task of 5 ms or more between index.html and
                     the LCP, when it ran, how long, and its largest parts (which script was
                     compiled or run, style, layout, paint), ms from index.html's request
  --waterfall        after the table, every request of the last throttled cold load: when it was
                     sent and finished (ms from index.html's request), what asked for it
  --help             this text

Needs: node 20+, \`npm ci\` in bench/ (ws 8.23.0), Chromium (Debian: apt-get install chromium).
Exits 1 without a table when it cannot measure (sign-in failed, Today never showed, no LCP entry,
throttling not in effect); it never prints an estimate.`;

// Chromium DevTools' "Slow 4G" preset (renamed from "Fast 3G" in May 2024, crbug.com/342406608):
// devtools-frontend, front_end/core/sdk/NetworkManager.ts, Slow4GConditions:
//   download: 1.6 * 1000 * 1000 / 8 * .9 (~1.6 Mbps), upload: 750 * 1000 / 8 * .9 (~0.75 Mbps),
//   latency: 150 * 3.75 (150 ms RTT target; DevTools' latency is per request, hence the factor).
// Bytes per second and milliseconds, as Network.emulateNetworkConditions takes them.
const SLOW_4G = { offline: false, downloadThroughput: (1.6 * 1000 * 1000) / 8 * 0.9, uploadThroughput: (750 * 1000) / 8 * 0.9, latency: 150 * 3.75 };
const NO_THROTTLING = { offline: false, downloadThroughput: -1, uploadThroughput: -1, latency: 0 };
const CPU_SLOWDOWN = 4;
const GOAL_MS = 1500;

// Today is shown and finished loading: its heading, and the routine (or the line saying there is
// no plan, or nothing today). A load failure on the screen stops the run (see measure()).
const TODAY_READY = `!!document.querySelector('#today-heading') && !!document.querySelector('#micro-session, #no-plan, #nothing-today')`;
// Instead of Today: a load failure, or the first sign-in's consent steps (pat has not decided yet).
const NOT_TODAY = `document.querySelector('.load-failure, #first-sign-in')?.textContent?.trim() || null`;

const LCP_RECORDER = `window.__motusLcp = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    const el = e.element;
    const name = el ? el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '') : '(no element)';
    const text = el ? (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40) : '';
    window.__motusLcp.push({ ms: e.startTime, size: e.size, element: text ? name + ' "' + text + '"' : name });
  }
}).observe({ type: 'largest-contentful-paint', buffered: true });`;

/**
 * When the page first holds what --ready asks for (for Today: its routine, or the line saying there is
 * none), ms from navigation: the DOM change that made it so, observed as it happens. The LCP element
 * (the emergency notice) can paint before this; the patient waits for this.
 */
const readyRecorder = (ready) => `window.__motusReady = null;
(() => {
  const observer = new MutationObserver(() => {
    try {
      if (window.__motusReady === null && location.href !== 'about:blank' && (${ready})) {
        window.__motusReady = performance.now();
        observer.disconnect();
      }
    } catch {}
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
})();`;

function parseArgs(argv) {
  const o = { url: 'http://localhost:8080', user: 'pat', password: 'pat-demo-only', runs: 5, warm: false, signIn: true, ready: TODAY_READY, chromium: '/usr/bin/chromium', waterfall: false, mainThread: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value (--help)`);
      return argv[++i];
    };
    if (a === '--help' || a === '-h') o.help = true;
    else if (a === '--url') o.url = value().replace(/\/$/, '');
    else if (a === '--user') o.user = value();
    else if (a === '--password') o.password = value();
    else if (a === '--runs') o.runs = Number(value());
    else if (a === '--no-sign-in') o.signIn = false;
    else if (a === '--warm') o.warm = true;
    else if (a === '--waterfall') o.waterfall = true;
    else if (a === '--main-thread') o.mainThread = true;
    else if (a === '--ready') o.ready = value();
    else if (a === '--chromium') o.chromium = value();
    else throw new Error(`unknown option ${a} (--help)`);
  }
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs must be a whole number >= 1');
  return o;
}

// ---------------------------------------------------------------- the browser and its protocol

/** Starts headless Chromium with an empty profile; resolves once its DevTools endpoint is known. */
function launch(chromium) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'motus-lcp-'));
  const child = spawn(chromium, [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  /** Ends this Chromium (by its own process), waits for it, then removes its profile. */
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killer);
    }
    // Its helper processes may still write into the profile for a moment after it exits.
    for (let attempt = 1; ; attempt++) {
      try {
        rmSync(profile, { recursive: true, force: true });
        break;
      } catch (e) {
        if (attempt === 20) { console.error(`lcp: could not remove the browser profile ${profile}: ${e.message}`); break; }
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  };
  return new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => { void stop(); reject(new Error(`Chromium gave no DevTools endpoint in 30 s:\n${stderr}`)); }, 30_000);
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
      if (m) { clearTimeout(timer); resolve({ endpoint: m[1], stop, child }); }
    });
    child.on('error', (e) => { clearTimeout(timer); rmSync(profile, { recursive: true, force: true }); reject(e); });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`Chromium exited (${code}) before it listened:\n${stderr}`)); });
  });
}

/** A DevTools protocol connection: send(method, params, sessionId) and events by name. */
async function connect(endpoint) {
  const { default: WebSocket } = await import('ws').catch(() => {
    throw new Error('the ws package is missing: run `npm ci` in bench/');
  });
  const socket = new WebSocket(endpoint, { perMessageDeflate: false, maxPayload: 256 * 1024 * 1024 });
  await new Promise((resolve, reject) => { socket.once('open', resolve); socket.once('error', reject); });
  let nextId = 1;
  const pending = new Map();
  const listeners = new Set();
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString());
    if (message.id !== undefined) {
      const call = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) call?.reject(new Error(`${call.method}: ${message.error.message}`));
      else call?.resolve(message.result);
    } else {
      for (const listener of listeners) listener(message);
    }
  });
  socket.on('close', () => { for (const call of pending.values()) call.reject(new Error(`${call.method}: the browser closed the connection`)); });
  return {
    send(method, params = {}, sessionId) {
      const id = nextId++;
      socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
      return new Promise((resolve, reject) => pending.set(id, { resolve, reject, method }));
    },
    listen(fn) { listeners.add(fn); return () => listeners.delete(fn); },
    close() { socket.close(); },
  };
}

/** One page (tab) and the commands the script needs on it. */
async function openPage(cdp, ready) {
  const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true });
  const send = (method, params) => cdp.send(method, params, sessionId);
  await send('Page.enable');
  await send('Network.enable');
  await send('Runtime.enable');
  // Every document records its LCP entries from its start; the element is described when it is
  // reported (it may be gone by the end: a loading line replaced by the screen).
  await send('Page.addScriptToEvaluateOnNewDocument', { source: LCP_RECORDER });
  await send('Page.addScriptToEvaluateOnNewDocument', { source: readyRecorder(ready) });
  const evaluate = async (expression) => {
    const { result, exceptionDetails } = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  };
  /** Polls the expression until it is truthy, with a deadline (a page between documents answers nothing for a moment). */
  const until = async (what, expression, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await evaluate(expression).catch(() => undefined);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s (page at ${await evaluate('location.href').catch(() => '?')})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const listen = (fn) => cdp.listen((m) => m.sessionId === sessionId && fn(m));
  return { send, evaluate, until, listen };
}

/**
 * The service workers' own DevTools sessions. Chromium attaches each worker as it starts and holds it
 * until the current network conditions are applied to it (Target.setAutoAttach, waitForDebuggerOnStart),
 * so none of its fetches escapes the throttling.
 */
async function serviceWorkers(cdp) {
  const sessions = new Set();
  let network = NO_THROTTLING;
  cdp.listen(({ method, params, sessionId: parent }) => {
    if (method === 'Target.attachedToTarget' && !parent && params.targetInfo.type === 'service_worker') {
      const worker = params.sessionId;
      sessions.add(worker);
      (async () => {
        await cdp.send('Network.enable', {}, worker);
        await cdp.send('Network.emulateNetworkConditions', network, worker);
      })()
        .catch((e) => console.error(`lcp: could not throttle a service worker: ${e.message}`))
        .finally(() => cdp.send('Runtime.runIfWaitingForDebugger', {}, worker).catch(() => {}));
    } else if (method === 'Target.detachedFromTarget' && !parent) {
      sessions.delete(params.sessionId);
    }
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true, filter: [{ type: 'service_worker', exclude: false }] });
  return {
    /** How many service workers are attached (and throttled) now. */
    count: () => sessions.size,
    async emulate(conditions) {
      network = conditions;
      await Promise.all([...sessions].map((worker) => cdp.send('Network.emulateNetworkConditions', conditions, worker).catch(() => {})));
    },
  };
}

// ---------------------------------------------------------------- sign-in and one measured load

/** The real sign-in: the gateway's /login, Keycloak's form in the browser, back on the gateway with a session. */
async function signIn(page, { url, user, password }) {
  const { errorText } = await page.send('Page.navigate', { url: `${url}/login` });
  if (errorText) throw new Error(`${url}/login: ${errorText} (is Motus running? ./motus up)`);
  await page.until('Keycloak sign-in form', `!!document.querySelector('#kc-form-login') || location.origin === ${JSON.stringify(url)}`);
  const onForm = await page.evaluate(`!!document.querySelector('#kc-form-login')`);
  if (onForm) {
    await page.evaluate(`(() => {
      document.querySelector('#username').value = ${JSON.stringify(user)};
      document.querySelector('#password').value = ${JSON.stringify(password)};
      document.querySelector('#kc-login').click();
    })()`);
  }
  await page.until(`back on ${url} after the sign-in form`, `location.origin === ${JSON.stringify(url)} && document.readyState === 'complete'`);
  const status = await page.evaluate(`fetch('/api/v1/me', { headers: { accept: 'application/json' } }).then((r) => r.status)`);
  if (status !== 200) throw new Error(`${user}: signed in, but GET /api/v1/me answered ${status}`);
}

/**
 * Loads the page once under the given conditions and returns its LCP (ms from navigation start)
 * and what it painted, read from a buffered PerformanceObserver once the page is ready, plus how
 * long index.html took (to prove the network conditions were in effect).
 */
async function measure(page, workers, { url, ready, cold }, network, cpuRate, trace = null) {
  await page.send('Network.setCacheDisabled', { cacheDisabled: cold });
  await page.send('Network.setBypassServiceWorker', { bypass: cold });
  await page.send('Network.emulateNetworkConditions', NO_THROTTLING);
  await workers.emulate(NO_THROTTLING);
  await page.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.send('Page.navigate', { url: 'about:blank' });
  await page.until('about:blank between runs', `location.href === 'about:blank'`);

  await page.send('Network.emulateNetworkConditions', network);
  await workers.emulate(network);
  await page.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  const documentTiming = {};
  const requests = new Map();
  const stopListening = page.listen(({ method, params }) => {
    if (method === 'Network.requestWillBeSent' && params.type === 'Document' && !documentTiming.requestId) {
      documentTiming.requestId = params.requestId;
      documentTiming.sent = params.timestamp;
    } else if (method === 'Network.loadingFinished' && params.requestId === documentTiming.requestId) {
      documentTiming.finished = params.timestamp;
    }
    if (method === 'Network.requestWillBeSent' && documentTiming.requestId) {
      const initiator = params.initiator?.url ?? params.initiator?.stack?.callFrames?.[0]?.url ?? params.initiator?.type ?? '';
      requests.set(params.requestId, { url: params.request.url, type: params.type ?? '', sent: params.timestamp, initiator });
    } else if ((method === 'Network.loadingFinished' || method === 'Network.loadingFailed') && requests.has(params.requestId)) {
      requests.get(params.requestId).finished = params.timestamp;
    }
  });
  try {
    if (trace) await trace.start();
    const { errorText } = await page.send('Page.navigate', { url: `${url}/` });
    if (errorText) throw new Error(`loading ${url}/: ${errorText}`);
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (await page.evaluate(`location.href !== 'about:blank' && (${ready})`).catch(() => false)) break;
      const failure = ready === TODAY_READY ? await page.evaluate(NOT_TODAY).catch(() => null) : null;
      if (failure) throw new Error(`the page shows this instead of Today: ${failure.slice(0, 300)}`);
      if (Date.now() > deadline) throw new Error(`the page was not ready within 120 s (--ready ${ready})`);
      await new Promise((r) => setTimeout(r, 100));
    }
    // The entry for the paint that made the page ready comes a little after that paint: wait until
    // no new entry has come for a second (a deadline keeps a page that keeps painting from hanging).
    let seen = -1;
    let stableSince = Date.now();
    const settleDeadline = Date.now() + 15_000;
    for (;;) {
      const count = await page.evaluate('window.__motusLcp.length');
      if (count !== seen) { seen = count; stableSince = Date.now(); }
      if (Date.now() - stableSince >= 1000 || Date.now() > settleDeadline) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const lcp = await page.evaluate('window.__motusLcp.at(-1) ?? null');
    const events = trace ? await trace.stop() : null;
    const readyMs = await page.evaluate('window.__motusReady');
    if (!lcp) throw new Error('the page reported no largest-contentful-paint entry');
    if (documentTiming.finished === undefined) throw new Error('no timing for index.html (Network events missing)');
    if (!cold && !(await page.evaluate('!!navigator.serviceWorker?.controller'))) {
      throw new Error('a warm load that no service worker controlled: the figure would not be a returning patient\'s');
    }
    if (!cold && workers.count() === 0) {
      throw new Error('a warm load with no service worker attached: its fetches would not have been throttled');
    }
    const fromDocument = (t) => (t === undefined ? null : Math.round((t - documentTiming.sent) * 1000));
    const waterfall = [...requests.values()].map((r) => ({ ...r, sent: fromDocument(r.sent), finished: fromDocument(r.finished) }));
    const documentEnd = fromDocument(documentTiming.finished);
    const tasks = events ? mainThreadTasks(events, documentTiming.sent, documentEnd, lcp.ms) : null;
    return { ...lcp, readyMs, documentMs: (documentTiming.finished - documentTiming.sent) * 1000, waterfall, tasks };
  } finally {
    stopListening();
  }
}

// ---------------------------------------------------------------- the report

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

function report(opts, rows) {
  const [throttled, baseline, warmThrottled, warmBaseline] = rows;
  const lines = [
    `LCP of ${opts.signIn ? `Today (${opts.url}/, signed in as ${opts.user})` : `${opts.url}/ (not signed in)`}, ${opts.runs} loads per condition, ${new Date().toISOString()}`,
    '',
    '| condition | LCP per run | median | max | index.html (median) | LCP element (last run) | against the baseline | goal (issue 18) | ready in the page (median) |',
    '|---|---|---:|---:|---:|---|---|---|---:|',
  ];
  for (const row of rows) {
    const ms = row.runs.map((r) => r.ms);
    const against = row === warmThrottled ? warmBaseline : baseline;
    const ratio = row === baseline || row === warmBaseline ? 'baseline' : `median x${(median(ms) / median(against.runs.map((r) => r.ms))).toFixed(1)}`;
    const goal = row === throttled || row === warmThrottled ? `<= ${seconds(GOAL_MS)}: ${median(ms) <= GOAL_MS ? 'met' : 'NOT met'} (median)` : '';
    const last = row.runs.at(-1);
    const ready = row.runs.map((r) => r.readyMs).filter((r) => typeof r === 'number');
    const readyMedian = ready.length === row.runs.length ? seconds(median(ready)) : '(not seen)';
    lines.push(`| ${row.name} | ${ms.map(seconds).join(', ')} | ${seconds(median(ms))} | ${seconds(Math.max(...ms))} | ${Math.round(median(row.runs.map((r) => r.documentMs)))} ms | \`${last.element.replaceAll("|", "/")}\` (${last.size} px²) | ${ratio} | ${goal} | ${readyMedian} |`);
  }
  lines.push('', `Chromium ${rows.chromiumVersion}; ${os.cpus()[0]?.model ?? '?'} x ${os.cpus().length}; load average before ${rows.loadBefore}.`,
    `Slow 4G = DevTools preset: ${SLOW_4G.downloadThroughput} B/s down, ${SLOW_4G.uploadThroughput} B/s up, ${SLOW_4G.latency} ms latency per request; CPU slowed ${CPU_SLOWDOWN}x (Emulation.setCPUThrottlingRate).`,
    'Cold: HTTP cache disabled and service worker bypassed on every load.',
    ...(warmThrottled ? ['Warm (a returning patient): HTTP cache and service worker in use, the worker installed by an unthrottled load first; the worker\'s own fetches throttled the same (its DevTools target, attached as it starts); the table\'s "index.html" is then the worker\'s answer.'] : []));
  return lines.join('\n');
}

/** Every request of a condition's last load, in the order sent: the round trips before the LCP. */
function waterfall(row) {
  const last = row.runs.at(-1);
  const shorten = (u) => { try { const x = new URL(u); return x.pathname + x.search; } catch { return u; } };
  const lines = ['', `Requests of the last load (${row.name}; LCP at ${Math.round(last.ms)} ms), ms from index.html's request:`, '',
    '| sent | finished | request | type | asked for by |', '|---:|---:|---|---|---|'];
  for (const r of [...last.waterfall].sort((a, b) => a.sent - b.sent)) {
    lines.push(`| ${r.sent} | ${r.finished ?? '(not finished)'} | \`${shorten(r.url)}\` | ${r.type} | ${shorten(r.initiator)} |`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------- the main thread (--main-thread)

/**
 * A Chromium trace of one load, over the browser's own DevTools session (every process: the page's
 * renderer is one). Events come back in chunks (Tracing.dataCollected) until Tracing.tracingComplete.
 */
function tracer(cdp) {
  const events = [];
  let stopListening = () => {};
  return {
    async start() {
      stopListening = cdp.listen(({ method, params, sessionId }) => {
        if (!sessionId && method === 'Tracing.dataCollected') events.push(...params.value);
      });
      await cdp.send('Tracing.start', {
        transferMode: 'ReportEvents',
        traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'blink', 'loading'] },
      });
    },
    async stop() {
      const complete = new Promise((resolve) => {
        const off = cdp.listen(({ method, sessionId }) => { if (!sessionId && method === 'Tracing.tracingComplete') { off(); resolve(); } });
      });
      await cdp.send('Tracing.end');
      await complete;
      stopListening();
      return events;
    },
  };
}

// The parts of a task worth naming, and how to say which script or file they were about.
const PART_NAMES = new Set(['EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'v8.run', 'FunctionCall',
  'ParseHTML', 'ParseAuthorStyleSheet', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit',
  'MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'TimerFire', 'FireAnimationFrame', 'ResourceReceivedData', 'v8.callFunction']);
const partUrl = (e) => e.args?.data?.url ?? e.args?.fileName ?? e.args?.data?.fileName ?? e.args?.data?.stackTrace?.[0]?.url ?? '';

/**
 * The page's main thread (CrRendererMain of the renderer that ran the most) between index.html's
 * arrival and the LCP: each top-level task of 5 ms or more (ms from index.html's request, as the
 * waterfall) with its largest named parts. Trace and network timestamps share Chromium's clock.
 */
function mainThreadTasks(events, documentSent, fromMs, toMs) {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const busiest = mains
    .map((m) => ({ pid: m.pid, tid: m.tid, n: events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X').length }))
    .sort((a, b) => b.n - a.n)[0];
  if (!busiest) return [];
  const at = (ts) => Math.round((ts / 1e6 - documentSent) * 1000);
  const own = events.filter((e) => e.pid === busiest.pid && e.tid === busiest.tid && e.ph === 'X' && typeof e.dur === 'number');
  const tasks = own.filter((e) => e.name === 'RunTask' && e.dur >= 5000 && at(e.ts + e.dur) >= fromMs && at(e.ts) <= toMs);
  return tasks.map((task) => {
    const parts = own
      .filter((e) => e !== task && PART_NAMES.has(e.name) && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur >= 2000)
      .sort((a, b) => b.dur - a.dur)
      .slice(0, 4)
      .map((e) => {
        const url = partUrl(e);
        const file = url ? ` ${url.replace(/^https?:\/\/[^/]+/, '')}` : '';
        return `${e.name}${file} ${Math.round(e.dur / 1000)} ms`;
      });
    return { start: at(task.ts), ms: Math.round(task.dur / 1000), parts };
  });
}

/** The traced load's main-thread tasks, as a table. */
function mainThread(row) {
  const last = row.runs.at(-1);
  const lines = ['', `The main thread in the last load (${row.name}; LCP at ${Math.round(last.ms)} ms after navigation; index.html ${Math.round(last.documentMs)} ms): tasks of 5 ms or more from index.html's arrival to the LCP, ms from index.html's request, durations as slowed:`, '',
    '| start | ms | largest parts |', '|---:|---:|---|'];
  for (const t of last.tasks ?? []) lines.push(`| ${t.start} | ${t.ms} | ${t.parts.join('; ').replaceAll('|', '/') || '(none named)'} |`);
  const busy = (last.tasks ?? []).reduce((sum, t) => sum + t.ms, 0);
  lines.push('', `Busy in these tasks: ${busy} ms.`);
  return lines.join('\n');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) { console.log(help); return; }
  const loadBefore = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  const browser = await launch(opts.chromium);
  let cdp;
  try {
    cdp = await connect(browser.endpoint);
    const { product } = await cdp.send('Browser.getVersion');
    const workers = await serviceWorkers(cdp);
    const page = await openPage(cdp, opts.ready);
    if (opts.signIn) {
      console.error(`signing in as ${opts.user} at ${opts.url} (unthrottled) ...`);
      await signIn(page, opts);
    }
    const conditions = [
      { name: `Slow 4G + ${CPU_SLOWDOWN}x CPU`, network: SLOW_4G, cpu: CPU_SLOWDOWN, cold: true },
      { name: 'unthrottled (baseline)', network: NO_THROTTLING, cpu: 1, cold: true },
    ];
    if (opts.warm) {
      conditions.push(
        { name: `returning patient: Slow 4G + ${CPU_SLOWDOWN}x CPU`, network: SLOW_4G, cpu: CPU_SLOWDOWN, cold: false, install: true },
        { name: 'returning patient: unthrottled (baseline)', network: NO_THROTTLING, cpu: 1, cold: false },
      );
    }
    const rows = [];
    for (const c of conditions) {
      if (c.install) {
        // The worker installs and fills its caches on an unthrottled load, as on the patient's first day.
        await measure(page, workers, { ...opts, cold: false, ready: opts.ready }, NO_THROTTLING, 1).catch(() => {});
        await page.until('the service worker controls the page', `navigator.serviceWorker?.ready.then(() => !!navigator.serviceWorker.controller)`, 60_000);
      }
      const runs = [];
      for (let i = 1; i <= opts.runs; i++) {
        const traced = opts.mainThread && c === conditions[0] && i === opts.runs ? tracer(cdp) : null;
        const run = await measure(page, workers, { ...opts, cold: c.cold }, c.network, c.cpu, traced);
        const readyAt = typeof run.readyMs === 'number' ? `, ready ${seconds(run.readyMs)}` : '';
        console.error(`  ${c.name} run ${i}: LCP ${seconds(run.ms)} (${run.element})${readyAt}, index.html ${Math.round(run.documentMs)} ms`);
        runs.push(run);
      }
      rows.push({ name: c.name, runs });
    }
    // A throttled index.html that came faster than the preset's latency means the emulation was not applied.
    const throttledDocument = median(rows[0].runs.map((r) => r.documentMs));
    if (throttledDocument < SLOW_4G.latency) {
      throw new Error(`index.html took ${Math.round(throttledDocument)} ms under Slow 4G, less than its ${SLOW_4G.latency} ms latency: the network emulation was not in effect`);
    }
    rows.chromiumVersion = product;
    rows.loadBefore = loadBefore;
    console.log(report(opts, rows));
    if (opts.mainThread) console.log(mainThread(rows[0]));
    if (opts.waterfall) console.log(waterfall(rows[0]));
  } finally {
    cdp?.close();
    await browser.stop();
  }
}

main().then(() => process.exit(0), (e) => {
  console.error(`lcp: cannot measure: ${e.message}`);
  process.exit(1);
});
