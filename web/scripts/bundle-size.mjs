// What a first visit downloads: index.html plus the JS and CSS it links, raw and gzipped; fails
// (exit 1) when the gzipped total is over the budget, so the Maven build of web/ (execution
// `bundle-size`, phase compile, hence `./mvnw verify` and CI) stops on a first load that grew.
// Usage: node scripts/bundle-size.mjs [build folder, default dist]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Issue 18 item 6: the first load stays <= 15 KB gzip (15,000 B at gzip level 9, as measured here). Everything
 * a screen after sign-in needs belongs in a lazy chunk (`import()`), not in the entry.
 */
const budgetGzipBytes = 15_000;

const dir = process.argv[2] ?? 'dist';
const html = readFileSync(join(dir, 'index.html'));
const linked = [...html.toString().matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);

let raw = 0;
let gzipped = 0;
for (const [name, bytes] of [['index.html', html], ...linked.map((file) => [file, readFileSync(join(dir, file))])]) {
  const gz = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gzipped += gz;
  console.log(`${name.padEnd(40)} ${String(bytes.length).padStart(7)} B  gzip ${String(gz).padStart(6)} B`);
}
console.log(`${'initial load'.padEnd(40)} ${String(raw).padStart(7)} B  gzip ${String(gzipped).padStart(6)} B`);
console.log(`${'budget'.padEnd(40)} ${''.padStart(7)}    gzip ${String(budgetGzipBytes).padStart(6)} B`);

if (gzipped > budgetGzipBytes) {
  console.error(
    `[web] The first load is ${gzipped} B gzip, over its budget of ${budgetGzipBytes} B (issue 18 item 6). ` +
      'Load what the first screen does not need with import() (see web/README.md, "Bundle size").',
  );
  process.exit(1);
}

// The patient's screens after sign-in: the PatientApp chunk and the chunks it imports statically. On a
// phone's HTTP/1.1 six connections every extra file there costs the cold Today another round trip
// (vite.config.ts, patientChunk): besides the entry, only the bundler's few-hundred-byte runtime may follow.
const assets = readdirSync(join(dir, 'assets'));
const patientApp = assets.find((f) => /^PatientApp-.*\.js$/.test(f));
if (!patientApp) {
  console.error('[web] No PatientApp chunk in the build: see patientChunk in vite.config.ts.');
  process.exit(1);
}
const entry = linked.find((f) => f.endsWith('.js'))?.replace(/^assets\//, '');
const imported = [...readFileSync(join(dir, 'assets', patientApp), 'utf8').matchAll(/\bfrom"\.\/([^"]+\.js)"/g)].map(
  (m) => m[1],
);
// The patient app always imports from the entry: finding no such import means this check no longer
// reads the bundler's output, and must not pass silently.
if (!imported.includes(entry)) {
  console.error(
    `[web] Cannot read what ${patientApp} imports (no import of the entry ${entry} found): update this check.`,
  );
  process.exit(1);
}
const withIt = imported.filter((f) => f !== entry);
console.log(`${'patient app after sign-in'.padEnd(40)} ${[patientApp, ...withIt].join(', ')}`);
if (withIt.length > 0) {
  console.error(
    `[web] The patient's first screen needs ${withIt.length + 1} files (${[patientApp, ...withIt].join(', ')}); keep them in one (vite.config.ts, patientChunk; src/session/browserData.ts says why a module both imported and import()ed adds one).`,
  );
  process.exit(1);
}

// What the gateway names with a signed-in page (first-screens.json, vite.config.ts firstScreens): every
// file must exist, the entry must be the one index.html names, and a patient's screens are their one file
// and its CSS, so they fit the first round beside the entry.
const screens = JSON.parse(readFileSync(join(dir, 'first-screens.json'), 'utf8'));
const missing = Object.values(screens)
  .flat()
  .filter((file) => !assets.includes(file.replace(/^\/assets\//, '')));
const patientCss = assets.filter((f) => /^PatientApp-.*\.css$/.test(f)).map((f) => `/assets/${f}`);
const expectedPatient = [`/assets/${patientApp}`, ...patientCss];
if (
  missing.length > 0 ||
  !linked.every((file) => screens.entry.includes(`/${file}`)) ||
  screens.entry.length !== linked.length ||
  JSON.stringify(screens.patient) !== JSON.stringify(expectedPatient)
) {
  console.error(
    `[web] first-screens.json does not describe this build (missing: ${missing.join(', ') || 'none'}; entry: ${screens.entry}; patient: ${screens.patient}, expected ${expectedPatient}).`,
  );
  process.exit(1);
}
console.log(
  `${"named with a signed-in patient's page".padEnd(40)} ${[...screens.signedIn, ...screens.patient].join(', ')}`,
);
