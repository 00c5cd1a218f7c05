// The Motus benchmark's scenarios, run by bench/run (read bench/README.md). Needs a running stack
// on the standard ports (./motus up), wrk on the PATH, psql, and `npm install` in bench/.
import { spawn, execFileSync } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const args = parseArgs(process.argv.slice(2));

const GATEWAY = 'http://localhost:8080';
const PATIENT_SERVICE = 'http://localhost:8081';
const KEYCLOAK_SERVER = 'http://localhost:8180';
const KEYCLOAK = `${KEYCLOAK_SERVER}/realms/motus`;
// The stack's home (./motus up's .motus/ of this checkout, or MOTUS_HOME): Keycloak's admin password.
const MOTUS_HOME = process.env.MOTUS_HOME || path.join(root, '.motus');
const PG = { host: 'localhost', port: '15432', user: 'postgres', password: 'postgres' }; // LocalPostgres.USER/PASSWORD
const TESS = { username: 'tess', password: 'tess-demo-only', subject: '7e5a0c1e-0000-4000-8000-000000000001', totp: true };
const PAT = { username: 'pat', password: 'pat-demo-only', patientId: '0a7e0000-0000-4000-8000-000000000002' };
const TOTP_SECRET = 'DEMOONLYMOTUSTOTPSECRETNOTFORUSE'; // demo realm only (deploy/keycloak/motus-realm-demo.json)
const TWO_YEARS = md5uuid('motus-bench-two-years');
const TWENTY_FOUR = md5uuid('motus-bench-small');
// The ingest scenario's patients: the 200 of data.sql (bench-patient-001..200), each with a Keycloak
// account the bench makes (user id = username = the patient's subject, realm role patient), 12 or 13
// per connection: patient n posts on connection (n - 1) % 16 only.
const INGEST_CONNECTIONS = 16;
const INGEST_PATIENTS = Array.from({ length: 200 }, (_, i) => benchPatient(i + 1));

/** Generated patient n of data.sql, with the demo-only password of the account the ingest scenario gives it. */
function benchPatient(n) {
  const subject = `bench-patient-${String(n).padStart(3, '0')}`;
  return { username: subject, password: `${subject}-demo-only`, subject, patientId: md5uuid(`motus-bench-patient-${n}`) };
}

const rows = [];
const notes = [];
const failures = [];
const tmp = mkdtempSync(path.join(os.tmpdir(), 'motus-bench-'));
// wrk's scripts: the ingest's hold 200 patients' bearer tokens
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

function parseArgs(argv) {
  const o = { clean: false, duration: 30, warmup: 10, quick: false, visits: [100, 500, 1000], only: null, relayDeflate: 'default', load: true, label: null,
    pairs: 6, pairSeconds: 10 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') o.quick = true;
    else if (a === '--duration') o.duration = Number(argv[++i]);
    else if (a === '--warmup') o.warmup = Number(argv[++i]);
    else if (a === '--visits') o.visits = argv[++i].split(',').map(Number);
    else if (a === '--only') o.only = argv[++i].split(',');
    else if (a === '--relay-deflate') o.relayDeflate = argv[++i];
    else if (a === '--no-load') o.load = false;
    else if (a === '--pairs') o.pairs = Number(argv[++i]);
    else if (a === '--pair-duration') o.pairSeconds = Number(argv[++i]);
    else if (a === '--clean') o.clean = true;
    else if (a === '--label') o.label = argv[++i].replace(/[^A-Za-z0-9_-]/g, '-');
    else throw new Error(`unknown option ${a} (bench/run --help)`);
  }
  if (o.quick) { o.duration = 3; o.warmup = 1; o.pairs = 2; o.pairSeconds = 3; }
  if (!(Number.isInteger(o.pairs) && o.pairs >= 1)) throw new Error('--pairs needs a whole number, 1 or more');
  if (!(o.pairSeconds >= 1)) throw new Error('--pair-duration needs a number of seconds, 1 or more');
  return o;
}

/** PostgreSQL's md5(text)::uuid, as bench/data.sql makes the ids. */
function md5uuid(text) {
  const hex = createHash('md5').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function totp(secret, time = Date.now()) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0, value = 0; const bytes = [];
  for (const c of secret.replace(/[ =]/g, '').toUpperCase()) {
    value = (value << 5) | alphabet.indexOf(c); bits += 5;
    if (bits >= 8) { bytes.push((value >>> (bits - 8)) & 0xff); bits -= 8; }
  }
  const counter = Buffer.alloc(8); counter.writeBigUInt64BE(BigInt(Math.floor(time / 1000 / 30)));
  const hash = createHmac('sha1', Buffer.from(bytes)).update(counter).digest();
  const off = hash[hash.length - 1] & 0x0f;
  const bin = ((hash[off] & 0x7f) << 24) | (hash[off + 1] << 16) | (hash[off + 2] << 8) | hash[off + 3];
  return String(bin % 1_000_000).padStart(6, '0');
}

// The demo realm lets a code be used again within its 30 s (otpPolicyCodeReusable in
// motus-realm-demo.json), so tess may sign in several times a run.
async function freshCode() {
  return totp(TOTP_SECRET);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function accessToken(user) {
  const form = new URLSearchParams({ grant_type: 'password', client_id: 'motus-test', username: user.username,
    password: user.password, scope: 'openid profile email' });
  if (user.totp) form.set('totp', await freshCode());
  const r = await fetch(`${KEYCLOAK}/protocol/openid-connect/token`, { method: 'POST', body: form });
  if (r.status !== 200) throw new Error(`token for ${user.username}: ${r.status} ${await r.text()}`);
  return (await r.json()).access_token;
}

/** Signs in through the gateway's /login, Keycloak's forms and the code exchange; returns the Cookie header for the gateway. */
async function gatewayCookie(user) {
  const jar = new Map(); // name -> value; ports and paths ignored, as the system tests' jar does for localhost
  const send = async (url, init = {}) => {
    const headers = { ...(init.headers || {}) };
    if (jar.size) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const r = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const c of r.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i).trim(), value = pair.slice(i + 1).trim();
      const expired = attrs.some((a) => /max-age=0\b/i.test(a.trim())) || value === '';
      if (expired) jar.delete(name); else jar.set(name, value);
    }
    return r;
  };
  const follow = async (r, url) => {
    for (let hop = 0; hop < 10 && r.status >= 300 && r.status < 400; hop++) {
      url = new URL(r.headers.get('location'), url).toString();
      r = await send(url);
    }
    return { r, url, body: await r.text() };
  };
  const action = (page, id) => {
    const tag = [...page.body.matchAll(/<form\b[^>]*>/gi)].map((m) => m[0]).find((t) => t.includes(`id="${id}"`));
    if (!tag) throw new Error(`no form ${id} on ${page.url} (${page.r.status})`);
    return new URL(/\baction="([^"]+)"/.exec(tag)[1].replaceAll('&amp;', '&'), page.url).toString();
  };
  const form = (fields) => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
  const login = await follow(await send(`${GATEWAY}/login`), `${GATEWAY}/login`);
  const loginAction = action(login, 'kc-form-login');
  let after = await follow(await send(loginAction, form({ username: user.username, password: user.password, credentialId: '' })), loginAction);
  if (user.totp) {
    const otpAction = action(after, 'kc-otp-login-form');
    after = await follow(await send(otpAction, form({ otp: await freshCode() })), otpAction);
  }
  if (!after.url.startsWith(GATEWAY)) throw new Error(`${user.username}: sign-in did not end on the gateway but on ${after.url}`);
  // Only the gateway's cookies (Keycloak's are for Keycloak).
  const r = await send(`${GATEWAY}/api/v1/me`, { headers: { accept: 'application/json' } });
  if (r.status !== 200) throw new Error(`${user.username}: GET /api/v1/me with the session answered ${r.status}`);
  return [...jar].filter(([k]) => !k.startsWith('KC_') && !k.startsWith('AUTH_SESSION') && !k.startsWith('KEYCLOAK_'))
    .map(([k, v]) => `${k}=${v}`).join('; ');
}

/** Keycloak's Admin REST API for realm motus, as the stack's bootstrap admin (user admin of the master realm). */
async function keycloakAdmin() {
  const file = path.join(MOTUS_HOME, 'secrets', 'keycloak-admin-password');
  let password;
  try {
    password = readFileSync(file, 'utf8').trim();
  } catch (e) {
    throw new Error(`Keycloak's admin password: cannot read ${file} (${e.code}); set MOTUS_HOME to the .motus/ of the checkout that ran ./motus up`);
  }
  const r = await fetch(`${KEYCLOAK_SERVER}/realms/master/protocol/openid-connect/token`, { method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli', username: 'admin', password }) });
  if (r.status !== 200) throw new Error(`Keycloak admin token: ${r.status} ${await r.text()}`);
  const token = (await r.json()).access_token;
  return (method, suffix, body) => fetch(`${KEYCLOAK_SERVER}/admin/realms/motus${suffix}`, { method,
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined });
}

/**
 * Gives the ingest scenario's patients their Keycloak accounts: a partial import that keeps the
 * accounts an earlier run made (--clean deletes them; making 200 takes Keycloak ~20 s, most of it
 * hashing passwords). The user id is the patient's
 * subject (bench-patient-001, ...), so the token's sub links the account to the record (V1
 * migration) with no change to data.sql. Like pat's (motus-realm-demo.json): enabled, verified
 * email, a password, realm role patient, no required actions.
 */
async function ensureIngestAccounts() {
  const admin = await keycloakAdmin();
  const users = INGEST_PATIENTS.map((p) => ({ id: p.subject, username: p.username, enabled: true, email: `${p.username}@bench.motus.example`,
    emailVerified: true, firstName: 'Bench', lastName: `Patient ${p.username.slice(-3)}`, requiredActions: [],
    credentials: [{ type: 'password', value: p.password, temporary: false }], realmRoles: ['patient'] }));
  const r = await admin('POST', '/partialImport', { ifResourceExists: 'SKIP', users });
  if (r.status !== 200) throw new Error(`Keycloak partial import of the ingest patients' accounts: ${r.status} ${await r.text()}`);
}

/** Deletes every Keycloak account of a generated patient (username bench-patient-...). */
async function removeBenchAccounts() {
  const admin = await keycloakAdmin();
  const r = await admin('GET', '/users?search=bench-patient-&briefRepresentation=true&max=10000');
  if (r.status !== 200) throw new Error(`Keycloak: listing the bench accounts: ${r.status} ${await r.text()}`);
  const users = (await r.json()).filter((u) => u.username.startsWith('bench-patient-'));
  for (const u of users) {
    const d = await admin('DELETE', `/users/${encodeURIComponent(u.id)}`);
    if (d.status !== 204 && d.status !== 404) throw new Error(`Keycloak: deleting ${u.username}: ${d.status} ${await d.text()}`);
  }
  return users.length;
}

function psql(database, file) {
  return execFileSync('psql', ['-h', PG.host, '-p', PG.port, '-U', PG.user, '-d', database, '-v', 'ON_ERROR_STOP=1', '-qAt', '-f', file],
    { cwd: root, env: { ...process.env, PGPASSWORD: PG.password, PGOPTIONS: '-c client_min_messages=warning' }, encoding: 'utf8' });
}
/**
 * psql with the file, tried up to 3 times: patient-service's reminder planner (every 30 s) may plan
 * a day for a generated patient between clean.sql's delete of its reminders and of the patient,
 * whose delete then fails on the new reminder's foreign key.
 */
async function psqlRetried(database, file) {
  for (let attempt = 1; ; attempt++) {
    try {
      return psql(database, file);
    } catch (e) {
      if (attempt === 3) throw e;
      console.log(`  ${file} failed (${String(e.stderr || e.message).trim().split('\n')[0]}); again in 2 s`);
      await sleep(2000);
    }
  }
}
function sql(database, statement) {
  return execFileSync('psql', ['-h', PG.host, '-p', PG.port, '-U', PG.user, '-d', database, '-v', 'ON_ERROR_STOP=1', '-qAt', '-c', statement],
    { cwd: root, env: { ...process.env, PGPASSWORD: PG.password }, encoding: 'utf8' }).trim();
}

// ---------------------------------------------------------------- wrk

/**
 * Runs wrk (a warm-up run first, not recorded) and returns {p50, p99, rps, requests, failed, keyPrefix}.
 * uniqueKey: a new Idempotency-Key per request. perThread: one object of string values per wrk
 * thread (as many threads as objects), set as globals of that thread's Lua state; request: a Lua
 * request() of the scenario's own that uses them (prefix, tid, counter, base_ms are there too).
 * afterWarmup runs between the warm-up and the timed run. keyPrefix: the timed run's key prefix.
 */
async function wrk({ url, connections, threads = Math.min(2, connections), headers = {}, method = 'GET', body = null,
  uniqueKey = false, perThread = null, request = null, afterWarmup = null, warmup = args.warmup, duration = args.duration }) {
  if (perThread && perThread.length !== threads) throw new Error(`wrk: ${perThread.length} per-thread values for ${threads} threads`);
  const lua = path.join(tmp, `s${Math.random().toString(36).slice(2)}.lua`);
  const hdr = Object.entries(headers).map(([k, v]) => `wrk.headers[${JSON.stringify(k)}] = ${JSON.stringify(v)}`).join('\n');
  const luaTable = (o) => `{ ${Object.entries(o).map(([k, v]) => `[${JSON.stringify(k)}] = ${JSON.stringify(String(v))}`).join(', ')} }`;
  const uniqueKeyRequest = `request = function()
  counter = counter + 1
  wrk.headers["Idempotency-Key"] = prefix .. tid .. "-" .. counter
  return wrk.format()
end`;
  writeFileSync(lua, `wrk.method = ${JSON.stringify(method)}
${body ? `wrk.body = ${JSON.stringify(body)}` : ''}
${hdr}
-- per thread: tid (1, 2, ...), the values bench.mjs gives that thread, a request counter;
-- per run (from bench.mjs): prefix, a key prefix no run used before, and base_ms, a time in ms
local per_thread = { ${(perThread || []).map(luaTable).join(',\n  ')} }
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("tid", threads)
  for k, v in pairs(per_thread[threads] or {}) do thread:set(k, v) end
end
counter = 0
init = function(args)
  prefix = args[1]
  base_ms = tonumber(args[2])
end
${request || (uniqueKey ? uniqueKeyRequest : '')}
done = function(summary, latency, requests)
  io.write(string.format("MOTUS p50=%d p99=%d requests=%d duration=%d non2xx=%d errors=%d\\n",
    latency:percentile(50), latency:percentile(99), summary.requests, summary.duration,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
`);
  const run = (seconds) => new Promise((resolve, reject) => {
    const keyPrefix = `bench-${Date.now()}-${process.pid}-`;
    const p = spawn('wrk', ['-t', String(threads), '-c', String(connections), '-d', `${seconds}s`, '--timeout', '60s', '-s', lua, url,
      '--', keyPrefix, String(Date.now() - 10 * 60_000)]);
    let out = '';
    p.stdout.on('data', (d) => { out += d; });
    p.stderr.on('data', (d) => { out += d; });
    p.on('close', (code) => (code === 0 ? resolve({ out, keyPrefix }) : reject(new Error(`wrk exited ${code}: ${out}`))));
  });
  let probeMs = NaN;
  if (method === 'GET') {
    // one request first: a scenario that only measures errors must say so
    const t0 = performance.now();
    const r = await fetch(url, { headers });
    probeMs = performance.now() - t0;
    if (r.status !== 200) throw new Error(`GET ${url} answered ${r.status}: ${(await r.text()).slice(0, 300)}`);
  }
  if (warmup > 0) await run(warmup);
  if (afterWarmup) await afterWarmup();
  const { out, keyPrefix } = await run(duration);
  const m = /MOTUS p50=(\d+) p99=(\d+) requests=(\d+) duration=(\d+) non2xx=(\d+) errors=(\d+)/.exec(out);
  if (!m) throw new Error(`could not read wrk's output: ${out}`);
  const [p50, p99, requests, micros, non2xx, errors] = m.slice(1).map(Number);
  if (requests === 0) {
    notes.push(`${url}: no request completed within the ${duration} s run (a single request before it took ${fmt(probeMs, 0)} ms); run longer (--duration).`);
    return { p50: NaN, p99: NaN, requests, rps: 0, failed: non2xx + errors, non2xx, keyPrefix };
  }
  return { p50: p50 / 1000, p99: p99 / 1000, requests, rps: requests / (micros / 1e6), failed: non2xx + errors, non2xx, keyPrefix };
}

function row(scenario, what, result, baseline, goal = '') {
  rows.push({ scenario, what, ...result, ratio: baseline ? ratios(result, baseline) : 'baseline', goal });
  const r = rows[rows.length - 1];
  console.log(`  ${what.padEnd(58)} p50 ${fmt(r.p50)} ms  p99 ${fmt(r.p99)} ms  ${fmt(r.rps, 0)}/s${r.failed ? `  FAILED ${r.failed}` : ''}  ${r.ratio}`);
}
function ratios(r, b) {
  const x = (n) => (Number.isFinite(n) ? `x${n.toPrecision(2)}` : '-');
  return `p50 ${x(r.p50 / b.p50)}, p99 ${x(r.p99 / b.p99)}, throughput ${fmt((100 * r.rps) / b.rps, 0)} %`;
}
function fmt(n, digits = 2) {
  return n === undefined || n === null || Number.isNaN(n) ? '-' : n.toFixed(digits);
}
function wanted(name) {
  return !args.only || args.only.includes(name);
}

// ---------------------------------------------------------------- scenarios

/**
 * The hop as interleaved pairs: after one warm-up of each side, --pairs pairs of --pair-duration
 * seconds each, direct then via the gateway, back to back. On a shared 2-core machine one pair
 * wanders by up to 18 points minutes apart (bench/results/2026-12-07-s21-hop-pairs.md), while the
 * two runs of a pair see the same machine; so each pair gives its own ratio, and the row's goal
 * column judges on the median of those. The p50/p99/throughput columns are medians over the pairs.
 */
async function gatewayHop() {
  console.log(`gateway hop: GET /api/v1/patients/me, session cookie via the gateway vs bearer token direct to patient-service; ${args.pairs} interleaved pairs of ${args.pairSeconds} s`);
  for (const connections of [1, 8]) {
    const side = (i, url, headers, afterWarmup = null) =>
      wrk({ url, connections, headers: { ...headers, Accept: 'application/json' }, warmup: i === 0 ? args.warmup : 0, duration: args.pairSeconds, afterWarmup });
    const pairs = [];
    for (let i = 0; i < args.pairs; i++) {
      // New tokens and a new session for each pair: wrk keeps the cookie it started with, and the gateway's
      // refresh of a session's tokens (minutes in) gives the browser a new one; the old lasts 30 s more.
      const token = await accessToken(PAT);
      const cookie = await gatewayCookie(PAT);
      const direct = await side(i, `${PATIENT_SERVICE}/api/v1/patients/me`, { Authorization: `Bearer ${token}` });
      let before = NaN;
      const via = await side(i, `${GATEWAY}/api/v1/patients/me`, { Cookie: cookie }, () => { before = cpuMillis('session-gateway'); });
      // the gateway's CPU per call: what the hop costs, steadier on a shared machine than the ratio
      via.gatewayCpu = (cpuMillis('session-gateway') - before) / via.requests;
      pairs.push({ direct, via });
      console.log(`    pair ${i + 1}: direct ${fmt(direct.rps, 0)}/s p50 ${fmt(direct.p50)} ms, via ${fmt(via.rps, 0)}/s p50 ${fmt(via.p50)} ms: ${hopMeasure(connections, direct, via)}; gateway CPU ${fmt(via.gatewayCpu, 3)} ms a call`);
    }
    const cpu = pairs.map((p) => p.via.gatewayCpu).filter(Number.isFinite);
    if (cpu.length) {
      notes.push(`gateway hop, ${connections} conn.: the gateway's CPU (user + system, /proc) per proxied call, median of the pairs ${fmt(median(cpu), 3)} ms (pairs: ${cpu.map((c) => fmt(c, 3)).join(', ')}).`);
    }
    const direct = medianRun(pairs.map((p) => p.direct));
    const via = medianRun(pairs.map((p) => p.via));
    const each = pairs.map((p) => hopMeasure(connections, p.direct, p.via));
    const measured = connections === 1
      ? `+${fmt(median(pairs.map((p) => p.via.p50 - p.direct.p50)))} ms`
      : `${fmt(median(pairs.map((p) => (100 * p.via.rps) / p.direct.rps)), 1)} %`;
    row('gateway hop', `direct to patient-service, ${connections} conn. (baseline, median of ${args.pairs})`, direct);
    row('gateway hop', `via the gateway, ${connections} conn. (median of ${args.pairs})`, via, direct,
      `${connections === 1 ? 'p50 <= direct + 0.3 ms' : 'throughput >= 85 % of direct'}: median of the pairs ${measured} (pairs: ${each.join(', ')})`);
  }
}

/**
 * CPU time (user + system) a process of ./motus up's stack has used so far, in ms, from /proc;
 * NaN where there is no such process here (another machine's stack, or not Linux).
 */
function cpuMillis(service) {
  try {
    return processCpuMillis(servicePid(service));
  } catch {
    return NaN;
  }
}
/** The process id ./motus up wrote for a service of its stack (throws where there is none here). */
function servicePid(service) {
  return readFileSync(path.join(MOTUS_HOME, 'run', `${service}.pid`), 'utf8').trim();
}
/**
 * The services' resident memory (VmRSS, /proc) as a note's words, or null where the stack is not this
 * machine's: issue 18's memory row read after each scenario, in the same run as its load.
 */
function servicesRss() {
  const each = ['patient-service', 'therapist-service', 'session-gateway'].map((service) => {
    try {
      const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${servicePid(service)}/status`, 'utf8'))[1];
      return `${service} ${fmt(Number(kb) / 1024, 0)} MB`;
    } catch {
      return null;
    }
  });
  return each.some((words) => words !== null) ? each.filter((words) => words !== null).join(', ') : null;
}
function processCpuMillis(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks(); // utime, stime (fields 14 and 15 of proc(5))
}
let ticksPerSecond;
function clockTicks() {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
  return ticksPerSecond;
}

/**
 * Where the machine's CPU went, in ms so far: patient-service, every PostgreSQL process (this machine's
 * stack runs the only one; a backend that exits takes its share with it, the pools' stay), and the whole
 * machine's busy time (/proc/stat: the rest is wrk, the other services and whatever else runs). NaN
 * fields where there is no such process here.
 */
function stackCpu() {
  let postgres = 0;
  try {
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') postgres += processCpuMillis(pid);
      } catch {
        // gone between the listing and the read
      }
    }
  } catch {
    postgres = NaN;
  }
  let machine = NaN;
  try {
    const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    machine = ((user + nice + system + irq + softirq + steal) * 1000) / clockTicks();
  } catch {
    // not Linux
  }
  return { patient: cpuMillis('patient-service'), postgres, machine };
}
/** stackCpu()'s growth per request between two readings, as a note's words. */
function cpuPerRequest(before, after, requests) {
  const per = (k) => fmt((after[k] - before[k]) / requests, 3);
  return `patient-service ${per('patient')} ms, PostgreSQL ${per('postgres')} ms, the whole machine ${per('machine')} ms`
    + ` (of ${fmt((after.machine - before.machine) / 1000, 1)} s busy)`;
}

/** A pair's own measure: the p50 difference at 1 connection, the throughput share otherwise. */
function hopMeasure(connections, direct, via) {
  return connections === 1 ? `${via.p50 >= direct.p50 ? '+' : ''}${fmt(via.p50 - direct.p50)} ms` : `${fmt((100 * via.rps) / direct.rps, 1)} %`;
}
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** Several wrk runs of one side as one: the median of each figure, failures summed. */
function medianRun(runs) {
  return {
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    rps: median(runs.map((r) => r.rps)),
    requests: runs.reduce((n, r) => n + r.requests, 0),
    failed: runs.reduce((n, r) => n + r.failed, 0),
  };
}

/**
 * Check-in ingest as a clinic sees it: 200 patients posting their own check-ins, 16 connections,
 * each connection the phone of 12 or 13 of them in turn (wrk runs one thread per connection, and a
 * patient belongs to one thread: no patient has two check-ins in flight). Every body is a new
 * check-in: DAILY, pain 0-5 in turn (under the high-daily-pain flag) and its own occurredAt (a
 * millisecond apart, ten minutes ago: an offline queue being sent), so patient-service's duplicate
 * rule (the same content within a minute, CheckInService) never answers one as a repeat. Each is
 * stored (201); SQL counts the rows afterwards against wrk's 2xx answers.
 *
 * Why 200 and not 16: a DAILY check-in reads the patient's resting readings of the last 7 days and
 * this week's check-ins (FlagService's trend rules), so its cost grows with what the patient posted
 * this week. A real patient posts a few a day; 16 patients taking thousands each would measure
 * that growth, not a clinic's ingest.
 */
async function ingest() {
  const perConnection = Math.ceil(INGEST_PATIENTS.length / INGEST_CONNECTIONS);
  console.log(`check-in ingest: ${INGEST_PATIENTS.length} patients each POST /api/v1/patients/{own id}/check-ins (new check-in, new Idempotency-Key), ${INGEST_CONNECTIONS} connections, direct to patient-service`);
  const ids = INGEST_PATIENTS.map((p) => `'${p.patientId}'`).join(',');
  const ready = sql('motus_patient', `select count(*) from patient where id in (${ids}) and discharged_at is null`);
  if (Number(ready) !== INGEST_PATIENTS.length) {
    throw new Error(`${ready} of the ${INGEST_PATIENTS.length} ingest patients (bench-patient-001..) are in motus_patient: load the data (bench/run without --no-load)`);
  }
  // What an earlier run posted for them goes first (data.sql gives them no keyed check-in and no flag),
  // so every run starts from the same records; and again between the warm-up and the timed run.
  // The vacuum takes the deleted rows out of the indexes too: otherwise each run leaves ~20,000 dead rows in these
  // patients' last 7 days, which the next run's flag rules step over until autovacuum comes (at a fifth of the table).
  const forget = () => {
    sql('motus_patient', `delete from flag where patient_id in (${ids});
      delete from check_in where patient_id in (${ids}) and idempotency_key like 'bench-%';`);
    sql('motus_patient', 'vacuum check_in, flag');
  };
  forget();
  await ensureIngestAccounts();
  const tokens = await poolAll(INGEST_PATIENTS, 4, (p) => accessToken(p)
    .catch((e) => { throw new Error(`${e.message} (bench/run --clean deletes the bench accounts; the next run makes them again)`); }));
  // thread t (1..16) gets patients t, t + 16, ...: "token id token id ..."
  const perThread = Array.from({ length: INGEST_CONNECTIONS }, (_, t) => ({
    own: INGEST_PATIENTS.flatMap((p, i) => (i % INGEST_CONNECTIONS === t ? [tokens[i], p.patientId] : [])).join(' ') }));
  const threads = INGEST_CONNECTIONS;
  const pick = `local patients
-- this connection's next patient: { Authorization, id }
local function pick(n)
  if not patients then
    patients = {}
    for token, id in string.gmatch(own, "(%S+) (%S+)") do patients[#patients + 1] = { "Bearer " .. token, id } end
  end
  return patients[1 + n % #patients]
end`;

  const base = await wrk({ url: `${PATIENT_SERVICE}/api/v1/patients/me`, connections: INGEST_CONNECTIONS, threads,
    headers: { Authorization: `Bearer ${tokens[0]}`, Accept: 'application/json' }, perThread,
    request: `${pick}
request = function()
  counter = counter + 1
  wrk.headers["Authorization"] = pick(counter)[1]
  return wrk.format()
end` });
  row('check-in ingest', `trivial GET /api/v1/patients/me, ${INGEST_PATIENTS.length} patients, ${INGEST_CONNECTIONS} conn. (baseline)`, base);

  let post;
  let cpuBefore;
  try {
    post = await wrk({ url: `${PATIENT_SERVICE}/api/v1/patients/${INGEST_PATIENTS[0].patientId}/check-ins`, connections: INGEST_CONNECTIONS, threads,
      method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      perThread, afterWarmup: () => { forget(); cpuBefore = stackCpu(); },
      request: `${pick}
request = function()
  counter = counter + 1
  local p = pick(counter)
  local ms = base_ms + counter
  wrk.headers["Authorization"] = p[1]
  wrk.headers["Idempotency-Key"] = prefix .. tid .. "-" .. counter
  return wrk.format(nil, "/api/v1/patients/" .. p[2] .. "/check-ins", nil,
    string.format('{"kind":"DAILY","pain":%d,"occurredAt":"%s.%03dZ","redFlags":[]}',
      math.floor(counter / #patients) % 6, os.date("!%Y-%m-%dT%H:%M:%S", math.floor(ms / 1000)), ms % 1000))
end` });
    const cpuAfter = stackCpu();
    const [stored, perPatient] = sql('motus_patient', `select coalesce(sum(n), 0), coalesce(max(n), 0) from (select patient_id, count(*) n from check_in
      where patient_id in (${ids}) and idempotency_key like '${post.keyPrefix}%' group by patient_id) c`).split('|').map(Number);
    const answered = post.requests - post.non2xx;
    row('check-in ingest', `POST check-in, ${INGEST_PATIENTS.length} patients, ${INGEST_CONNECTIONS} conn. (a new check-in each time)`, post, base,
      `>= 2,500/s, p99 <= 25 ms (stored ${stored} for ${answered} 2xx)`);
    notes.push(`check-in ingest: the timed run stored ${stored} check-ins (SQL, at most ${perPatient} for one patient) for ${answered} 2xx answers counted by wrk`
      + ' (requests still in flight when wrk stops may be stored without being counted);'
      + ` ${stored >= answered * 0.99 ? 'so every answer was a stored check-in, none a duplicate' : '**fewer rows than answers: some were answered as duplicates or repeats, not stored**'}.`
      + ' They are deleted afterwards, so the other scenarios read data.sql\'s data.');
    if (Number.isFinite(cpuAfter.patient)) {
      // what one stored check-in costs, where: steadier than the rate on a shared machine
      notes.push(`check-in ingest: CPU (user + system, /proc) per stored check-in in the timed run: ${cpuPerRequest(cpuBefore, cpuAfter, stored)}.`);
    }
  } finally {
    forget();
  }

  // The path issue 19's duplicate rule made of the scenario before: one patient (pat), the same body
  // with a new key each time; the first is stored, every other is answered 200 with Duplicate-Of.
  const pat = await accessToken(PAT);
  const dup = await wrk({ url: `${PATIENT_SERVICE}/api/v1/patients/${PAT.patientId}/check-ins`, connections: INGEST_CONNECTIONS, threads,
    method: 'POST', uniqueKey: true, headers: { Authorization: `Bearer ${pat}`, Accept: 'application/json', 'Content-Type': 'application/json' },
    body: '{"kind":"DAILY","pain":2,"redFlags":[]}' });
  row('check-in ingest', `duplicate path: pat posts the same DAILY body, new key each, ${INGEST_CONNECTIONS} conn. (answered as a duplicate)`, dup, base);
}

async function caseload() {
  console.log('caseload: GET /api/v1/caseload as tess (bearer, direct), 200 patients vs 2');
  // The baseline needs a therapist with 2 patients who can sign in; tess is the demo's only one.
  // So for the baseline her care-team rows of the 200 are set aside in the database and put back
  // right after (same run, same data otherwise): she then treats pat and bench-patient-24.
  const tess = TESS.subject;
  sql('motus_patient', `create table if not exists bench_set_aside as select * from care_team_member where false;
    insert into bench_set_aside select c.* from care_team_member c join patient p on p.id = c.patient_id
      where c.therapist_subject = '${tess}' and p.subject like 'bench-patient-%' and p.subject <> 'bench-patient-24';
    delete from care_team_member c using bench_set_aside s where c.patient_id = s.patient_id and c.therapist_subject = s.therapist_subject;`);
  let base;
  try {
    const n = sql('motus_patient', `select count(*) from care_team_member where therapist_subject = '${tess}'`);
    const token = await accessToken(TESS);
    base = await wrk({ url: `${PATIENT_SERVICE}/api/v1/caseload`, connections: 1, headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
    row('caseload', `tess with ${n} patients, 1 conn. (baseline)`, base);
  } finally {
    sql('motus_patient', `insert into care_team_member select * from bench_set_aside on conflict do nothing; drop table bench_set_aside;`);
  }
  const n = sql('motus_patient', `select count(*) from care_team_member where therapist_subject = '${tess}'`);
  const token = await accessToken(TESS);
  const big = await wrk({ url: `${PATIENT_SERVICE}/api/v1/caseload`, connections: 1, headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  row('caseload', `tess with ${n} patients, 1 conn.`, big, base, 'p99 <= 50 ms');
}

async function progress() {
  console.log('progress and adherence: as tess (bearer, direct), the 2-year patient vs one with 24 check-ins');
  const token = await accessToken(TESS);
  const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
  for (const what of ['progress', 'adherence']) {
    const base = await wrk({ url: `${PATIENT_SERVICE}/api/v1/patients/${TWENTY_FOUR}/${what}`, connections: 1, headers });
    row(what, `${what}, patient with 24 check-ins, 1 conn. (baseline)`, base);
    const big = await wrk({ url: `${PATIENT_SERVICE}/api/v1/patients/${TWO_YEARS}/${what}`, connections: 1, headers });
    const count = sql('motus_patient', `select count(*) from check_in where patient_id = '${TWO_YEARS}'`);
    row(what, `${what}, 2-year patient (${count} check-ins), 1 conn.`, big, base, 'p99 <= 50 ms');
  }
}

async function fhirSearch() {
  console.log('FHIR search: GET /fhir/R4/Observation?patient={id}&_count=20 as tess (bearer, direct), the 2-year patient vs one with 24 check-ins');
  const token = await accessToken(TESS);
  const headers = { Authorization: `Bearer ${token}`, Accept: 'application/fhir+json' };
  const url = (id) => `${PATIENT_SERVICE}/fhir/R4/Observation?patient=${id}&_count=20`;
  const base = await wrk({ url: url(TWENTY_FOUR), connections: 1, headers });
  row('FHIR search', 'Observation, patient with 24 check-ins, first page of 20, 1 conn. (baseline)', base);
  const count = sql('motus_patient', `select count(*) from check_in where patient_id = '${TWO_YEARS}'`);
  const big = await wrk({ url: url(TWO_YEARS), connections: 1, headers });
  row('FHIR search', `Observation, 2-year patient (${count} check-ins), first page of 20, 1 conn.`, big, base, 'flat with data: p99 <= 50 ms');
}

// ---------------------------------------------------------------- signalling

function startProcess(name, command, argv, readyText) {
  return new Promise((resolve, reject) => {
    const p = spawn(command, argv, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${name} did not start: ${out}`)), 60_000);
    const onData = (d) => {
      out += d;
      if (out.includes(readyText)) { clearTimeout(timer); resolve({ process: p, banner: out.trim().split('\n').pop() }); }
    };
    p.stdout.on('data', onData); p.stderr.on('data', onData);
    p.on('exit', (code) => { clearTimeout(timer); reject(new Error(`${name} exited ${code}: ${out}`)); });
  });
}
function stopProcess(p) {
  p.process.removeAllListeners('exit');
  p.process.kill('SIGTERM');
}

function openSocket(url, headers) {
  return new Promise((resolve, reject) => {
    // ws offers permessage-deflate by default (client_max_window_bits), as browsers do.
    const s = new WebSocket(url, { headers, perMessageDeflate: true, handshakeTimeout: 30_000 });
    s.once('open', () => resolve(s));
    s.once('unexpected-response', (req, res) => reject(new Error(`${url}: upgrade answered ${res.statusCode}`)));
    s.once('error', reject);
  });
}
function nextMessage(s, type) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { s.off('message', on); reject(new Error(`no ${type} within 30 s`)); }, 30_000);
    const on = (data) => {
      const m = JSON.parse(data.toString());
      if (m.type === type) { clearTimeout(timer); s.off('message', on); resolve(m); }
    };
    s.on('message', on);
  });
}

async function poolAll(items, width, fn) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) { const i = next++; out[i] = await fn(items[i], i); }
  }));
  return out;
}

/**
 * Every visit has two sockets. Each visit's therapist sends a `candidate` message (a realistic
 * ICE candidate, ~150 bytes) every 250 ms (under the gateway's 20 a second budget); the patient
 * sends the same message straight back; the therapist times the round trip (two relay hops).
 * Warm-up first, then the timed window; throughput = relayed messages a second.
 */
async function pingPong(pairs) {
  const latencies = [];
  let relayed = 0, refused = 0, measuring = false, stopped = false;
  const intervalMs = 250;
  for (const [i, { therapist, patient }] of pairs.entries()) {
    patient.on('message', (data) => {
      const m = JSON.parse(data.toString());
      if (m.type === 'candidate') { if (measuring) relayed++; patient.send(data.toString()); }
      else if (m.type === 'error' && measuring) refused++;
    });
    const sent = new Map();
    therapist.on('message', (data) => {
      const m = JSON.parse(data.toString());
      if (m.type === 'candidate' && sent.has(m.id)) {
        if (measuring) { relayed++; latencies.push(Number(process.hrtime.bigint() - sent.get(m.id)) / 1e6); }
        sent.delete(m.id);
      } else if (m.type === 'error' && measuring) refused++;
    });
    let seq = 0;
    const tick = () => {
      if (stopped) return;
      const id = `${i}-${seq++}`;
      sent.set(id, process.hrtime.bigint());
      therapist.send(JSON.stringify({ v: 1, type: 'candidate', id,
        candidate: { candidate: `candidate:842163049 1 udp 1677729535 203.0.113.${i % 250} ${40000 + (seq % 20000)} typ srflx raddr 0.0.0.0 rport 0 generation 0 ufrag sG3a network-cost 999`, sdpMid: '0', sdpMLineIndex: 0 } }));
      setTimeout(tick, intervalMs);
    };
    setTimeout(tick, Math.random() * intervalMs);
  }
  await sleep(args.warmup * 1000);
  measuring = true;
  const t0 = process.hrtime.bigint();
  await sleep(args.duration * 1000);
  measuring = false;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  stopped = true;
  latencies.sort((a, b) => a - b);
  const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  return { p50: q(50), p99: q(99), rps: relayed / seconds, requests: relayed, failed: refused };
}

async function relayRun(name, port, visits) {
  const pairs = await poolAll(Array.from({ length: visits }, (_, i) => i), 50, async (i) => ({
    therapist: await openSocket(`ws://127.0.0.1:${port}/room/${i}`),
    patient: await openSocket(`ws://127.0.0.1:${port}/room/${i}`),
  }));
  const answered = pairs[0].therapist.extensions || '(none)';
  const result = await pingPong(pairs);
  for (const { therapist, patient } of pairs) { therapist.terminate(); patient.terminate(); }
  return { ...result, answered };
}

async function gatewayRun(visits, tessCookie, patCookie) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Requested-By': 'motus-web', Origin: GATEWAY };
  // One therapist and one patient cannot hold overlapping visits (the API refuses a double booking),
  // so the visits are booked through the API back to back, 5 minutes each (a slot that clashes with
  // another visit of tess's or pat's is skipped), and then moved together to the same hour in the
  // gateway's database: every visit is booked, audited and reminded as any other; only its time is
  // set by SQL. Benchmark visits an interrupted run left open are cancelled first.
  sql('motus_gateway', `update visit set status = 'CANCELLED' where reason like 'Benchmark visit % (bench/run)'
    and status not in ('ENDED', 'CANCELLED')`);
  const first = Date.now() + 2 * 60_000;
  let slot = 0;
  const ids = [];
  const book = async (i) => {
    for (let attempt = 0; attempt < 50; attempt++) {
      const start = new Date(first + ++slot * 5 * 60_000).toISOString();
      const r = await fetch(`${GATEWAY}/api/v1/visits`, { method: 'POST', headers: { ...headers, Cookie: tessCookie },
        body: JSON.stringify({ patientId: PAT.patientId, start, durationMinutes: 5, reason: `Benchmark visit ${i} (bench/run)` }) });
      if (r.status === 201 || r.status === 200) { ids.push((await r.json()).id); return; }
      if (r.status !== 409) throw new Error(`scheduling a visit: ${r.status} ${await r.text()}`);
    }
    throw new Error('scheduling a visit: 50 slots in a row clashed with other visits');
  };
  const ws = (id, cookie) => openSocket(`ws://localhost:8080/api/v1/visits/${id}/signal`, { Cookie: cookie, Origin: GATEWAY });
  let pairs = [];
  try {
    await poolAll(Array.from({ length: visits }, (_, i) => i), 8, book);
    sql('motus_gateway', `update visit set scheduled_start = '${new Date(first).toISOString()}', duration_minutes = 60
      where id in (${ids.map((id) => `'${id}'`).join(',')})`);
    pairs = await poolAll(ids, 20, async (id) => {
      const patient = await ws(id, patCookie);
      const pj = nextMessage(patient, 'joined'); patient.send('{"v":1,"type":"join"}'); await pj;
      const therapist = await ws(id, tessCookie);
      const tj = nextMessage(therapist, 'joined'); therapist.send('{"v":1,"type":"join"}'); await tj;
      const admitted = Promise.all([nextMessage(therapist, 'admitted'), nextMessage(patient, 'admitted')]);
      therapist.send('{"v":1,"type":"admit"}'); await admitted;
      return { id, therapist, patient };
    });
    const answered = pairs[0].therapist.extensions || '(none)';
    // keep-alive pings (a silent socket is closed after 60 s)
    const pinger = setInterval(() => { for (const p of pairs) { p.therapist.send('{"v":1,"type":"ping"}'); p.patient.send('{"v":1,"type":"ping"}'); } }, 15_000);
    const result = await pingPong(pairs);
    clearInterval(pinger);
    return { ...result, answered };
  } finally {
    // End every visit (also those whose sockets failed), so none stays open in tess's list.
    await poolAll(ids, 8, async (id) => {
      const r = await fetch(`${GATEWAY}/api/v1/visits/${id}/end`, { method: 'POST', headers: { ...headers, Cookie: tessCookie } });
      if (r.status >= 400) await fetch(`${GATEWAY}/api/v1/visits/${id}/cancel`, { method: 'POST', headers: { ...headers, Cookie: tessCookie } });
    });
    for (const p of pairs) { p.therapist.terminate(); p.patient.terminate(); }
  }
}

async function signalling() {
  console.log(`signalling: ${args.visits.join('/')} concurrent visits, 2 sockets each, the client offers permessage-deflate`);
  const cp = path.join(here, 'relays/vertx/target/classpath.txt');
  const vertx = await startProcess('Vert.x relay', 'java', ['-cp', readFileSync(cp, 'utf8').trim(), path.join(here, 'relays/vertx/VertxRelay.java'), '18991', args.relayDeflate], 'listening');
  const node = await startProcess('ws relay', 'node', [path.join(here, 'relays/ws-relay.mjs'), '18992', args.relayDeflate], 'listening');
  notes.push(`Vert.x relay: ${vertx.banner}; Node relay: ${node.banner}.`);
  try {
    for (const visits of args.visits) {
      const v = await relayRun('vertx', 18991, visits);
      row('signalling', `${visits} visits: bare Vert.x relay (baseline; answered ${v.answered})`, v);
      const n = await relayRun('ws', 18992, visits);
      row('signalling', `${visits} visits: Node ws relay (answered ${n.answered})`, n, v);
      // Fresh sign-ins for each size: a session's tokens are refreshed under a new cookie (ADR 0052)
      // and the previous cookie lasts 30 s more; these sockets do not take the new one, as a browser would.
      const g = await gatewayRun(visits, await gatewayCookie(TESS), await gatewayCookie(PAT));
      row('signalling', `${visits} visits: gateway /signal (answered ${g.answered})`, g, v,
        visits === 1000 ? `p99 <= 1.5x Vert.x; throughput >= ws (${fmt((100 * g.rps) / n.rps, 0)} % of ws)` : '');
    }
  } finally {
    stopProcess(vertx); stopProcess(node);
  }
}

// ---------------------------------------------------------------- results

function machine() {
  const sh = (c) => { try { return execFileSync('sh', ['-c', c], { cwd: root, encoding: 'utf8' }).trim(); } catch { return '?'; } };
  return {
    date: new Date().toISOString(),
    cpu: `${os.cpus()[0]?.model ?? '?'} x ${os.cpus().length}`,
    ram: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    jdk: sh('java -version 2>&1 | head -1'),
    node: process.version,
    wrk: sh('wrk -v 2>&1 | head -1'),
    os: `${sh('. /etc/os-release && echo "$PRETTY_NAME"')}, kernel ${os.release()}`,
    commit: sh('git rev-parse --short HEAD') + (sh('git status --porcelain -- . ":!bench/results"') ? ' (with uncommitted changes)' : ''),
    load: process.env.MOTUS_BENCH_LOAD_BEFORE || os.loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}

function writeResults(facts, dataSummary) {
  const dir = path.join(here, 'results');
  mkdirSync(dir, { recursive: true });
  const day = facts.date.slice(0, 10);
  const file = path.join(dir, `${day}${args.label ? `-${args.label}` : ''}${args.quick ? '-quick' : ''}.md`);
  const label = args.quick
    ? `Harness check (--quick: ${args.warmup} s warm-up, ${args.duration} s per scenario). NOT a baseline: too short to mean anything${process.env.MOTUS_BENCH_NOTE ? `; ${process.env.MOTUS_BENCH_NOTE}` : ''}.`
    : `Full run: ${args.warmup} s warm-up and ${args.duration} s per scenario${process.env.MOTUS_BENCH_NOTE ? `; ${process.env.MOTUS_BENCH_NOTE}` : ''}.`;
  const lines = [
    `# Motus benchmark, ${facts.date}`, '', label, '',
    '| machine | |', '|---|---|',
    `| CPU | ${facts.cpu} |`, `| RAM | ${facts.ram} |`, `| JDK | ${facts.jdk} |`, `| node / wrk | ${facts.node} / ${facts.wrk} |`,
    `| OS | ${facts.os} |`, `| git commit | ${facts.commit} |`, `| load average before the run (1/5/15 min) | ${facts.load} |`,
    `| data | ${dataSummary} |`, `| command | \`bench/run ${process.argv.slice(2).join(' ')}\` |`, '',
    '| scenario | what | p50 ms | p99 ms | per second | failed | against the baseline | goal (issue 18) |',
    '|---|---|---:|---:|---:|---:|---|---|',
    ...rows.map((r) => `| ${r.scenario} | ${r.what} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${fmt(r.rps, 0)} | ${r.failed} | ${r.ratio} | ${r.goal} |`),
    '', ...notes.map((n) => `- ${n}`), '',
  ];
  writeFileSync(file, lines.join('\n'));
  console.log(`\nresults: ${path.relative(root, file)}`);
}

/** --clean: what the bench made, in the database (bench/clean.sql) and in Keycloak (the ingest patients' accounts). */
async function clean() {
  await psqlRetried('motus_patient', path.join('bench', 'clean.sql'));
  const accounts = await removeBenchAccounts();
  console.log(`removed the benchmark's patients, their check-ins, pat's benchmark check-ins and ${accounts} Keycloak accounts of bench patients`);
}

async function main() {
  if (args.clean) return clean();
  const facts = machine();
  console.log(`Motus benchmark: ${args.quick ? 'QUICK harness check' : 'full run'}, warm-up ${args.warmup} s, ${args.duration} s per scenario; load average ${facts.load}`);
  let dataSummary = 'not loaded (--no-load)';
  if (args.load) {
    const t0 = Date.now();
    console.log('loading data: bench/data.sql into motus_patient ...');
    const out = await psqlRetried('motus_patient', path.join('bench', 'data.sql'));
    const [patients, checkIns, sessions] = out.trim().split('\n').pop().split('|').map((s) => s.trim());
    dataSummary = `bench/data.sql: ${patients} bench patients, ${checkIns} check-ins, ${sessions} sessions (loaded in ${((Date.now() - t0) / 1000).toFixed(0)} s)`;
    console.log(`  ${dataSummary}`);
  }
  // A scenario that fails is said so in the results; the others still run and are written.
  const scenario = async (name, run) => {
    if (!wanted(name)) return;
    try {
      await run();
    } catch (e) {
      failures.push(name);
      notes.push(`**${name}: FAILED**, no figures: ${String(e.message || e).split('\n')[0].slice(0, 300)}`);
      console.error(`${name} failed: ${e.stack || e}`);
    }
    const rss = servicesRss();
    if (rss) notes.push(`${name}: RSS after the scenario (VmRSS, /proc): ${rss}.`);
  };
  await scenario('gateway', gatewayHop);
  await scenario('ingest', ingest);
  await scenario('caseload', caseload);
  await scenario('progress', progress);
  await scenario('fhir', fhirSearch);
  await scenario('signalling', signalling);
  if (wanted('ingest')) {
    const n = sql('motus_patient', `select count(*) from check_in where patient_id = '${PAT.patientId}' and idempotency_key like 'bench-%'`);
    notes.push(`pat has ${n} check-ins from the duplicate-path runs (this run's and earlier ones'; a run stores about one a minute, the rest are answered as duplicates); bench/run --clean removes them, the generated patients and their Keycloak accounts.`);
  }
  notes.push('HTTP: wrk, 2 threads (the check-in ingest: 16, one per connection), latencies from its HdrHistogram (lua done()); WebSockets: the bench\'s own Node client (ws 8.23.0), which offers permessage-deflate; "answered" is the server\'s Sec-WebSocket-Extensions.');
  writeResults(facts, dataSummary);
  if (failures.length) throw new Error(`failed scenarios: ${failures.join(', ')} (the results file says why)`);
}

main().then(() => process.exit(0), (e) => { console.error(`bench failed: ${e.stack || e}`); process.exit(1); });
