// Third-party license report of the web app's production dependencies (what ships in the jar),
// run by the Maven web module (and `npm run licenses`). Writes target/licenses/web-third-party.json
// and .txt, and fails when a package's license is not one Motus (Apache-2.0) can ship.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as checker from 'license-checker-rseidelsohn';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(web, 'target', 'licenses');

/** Permissive or weak-copyleft (file-level) licenses compatible with distributing under Apache-2.0. */
export const allowed = new Set([
  'MIT',
  'MIT-0',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  '0BSD',
  'Apache-2.0',
  'CC0-1.0',
  'CC-BY-4.0',
  'MPL-2.0',
  'Unlicense',
  'BlueOak-1.0.0',
  'Python-2.0',
]);

/** True when an SPDX expression (or license-checker's list) can be satisfied with allowed licenses. */
export function acceptable(licenses) {
  const expressions = Array.isArray(licenses) ? licenses : [licenses ?? 'UNKNOWN'];
  return expressions.every((expression) => {
    const text = String(expression).replace(/[()*]/g, '').trim();
    // "A OR B": one allowed alternative is enough; "A AND B": every part must be allowed.
    return text
      .split(/\s+OR\s+/)
      .some((alternative) => alternative.split(/\s+AND\s+/).every((id) => allowed.has(id.trim())));
  });
}

const packages = await new Promise((resolve, reject) => {
  checker.init({ start: web, production: true, excludePrivatePackages: true }, (error, result) =>
    error ? reject(error) : resolve(result),
  );
});

/**
 * The service worker (vite-plugin-pwa, a dev dependency) ships Workbox's runtime in the jar as
 * sw.js: those packages are listed too, read from their own package.json.
 */
const bundledIntoServiceWorker = [
  'workbox-core',
  'workbox-precaching',
  'workbox-routing',
  'workbox-strategies',
  'workbox-expiration',
  'workbox-cacheable-response',
];
for (const name of bundledIntoServiceWorker) {
  const manifest = JSON.parse(readFileSync(join(web, 'node_modules', name, 'package.json'), 'utf8'));
  const repository = typeof manifest.repository === 'string' ? manifest.repository : (manifest.repository?.url ?? null);
  packages[`${name}@${manifest.version}`] = { licenses: manifest.license ?? 'UNKNOWN', repository };
}

const rows = Object.entries(packages)
  .map(([name, info]) => ({ name, licenses: info.licenses, repository: info.repository ?? null }))
  .sort((a, b) => a.name.localeCompare(b.name));
const rejected = rows.filter((row) => !acceptable(row.licenses));

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'web-third-party.json'), JSON.stringify(rows, null, 2) + '\n');
writeFileSync(
  join(outDir, 'web-third-party.txt'),
  'Third-party packages in the Motus web app (production dependencies of web/package.json, and the\n' +
    'Workbox runtime the build bundles into the service worker)\n\n' +
    rows.map((row) => `${row.name}\t${[row.licenses].flat().join(', ')}\t${row.repository ?? ''}`).join('\n') +
    '\n',
);
console.log(`[web] ${rows.length} shipped packages, report in target/licenses/web-third-party.{json,txt}`);

if (rejected.length > 0) {
  console.error('[web] Licenses not allowed with Apache-2.0 (see web/scripts/licenses.mjs):');
  for (const row of rejected) console.error(`[web]   ${row.name}: ${[row.licenses].flat().join(', ')}`);
  process.exit(1);
}
