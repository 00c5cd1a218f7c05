// Prints what a first visit downloads: index.html plus the JS and CSS it links, raw and gzipped.
// Usage: node scripts/bundle-size.mjs [build folder, default dist]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

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
