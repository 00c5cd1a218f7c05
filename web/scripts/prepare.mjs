// Run by the Maven build before anything else: checks Node.js, then installs the exact
// dependencies of package-lock.json with `npm ci`, unless node_modules already holds them.
// Plain JavaScript for any Node.js from 14 on, so that an old one gets the message below.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Vite 8 runs on Node.js ^20.19.0 || >=22.12.0 (its package.json "engines").
const required = '20.19 or newer (22.12 or newer on the 22 line)';

function isSupported(version) {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major === 20) return minor >= 19;
  if (major === 22) return minor >= 12;
  return major > 22;
}

if (!isSupported(process.versions.node)) {
  console.error(
    `\n[web] Node.js ${required} is needed to build the web app; this machine has ${process.version}.\n` +
      '[web] Install a current Node.js (with npm) and make sure `node` on the PATH is that one.\n',
  );
  process.exit(1);
}

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const lock = readFileSync(join(web, 'package-lock.json'));
const lockHash = createHash('sha256').update(lock).digest('hex');
const stamp = join(web, 'node_modules', '.motus-installed-lock.sha256');

if (process.env.MOTUS_WEB_FORCE_NPM_CI !== 'true' && existsSync(stamp) && readFileSync(stamp, 'utf8') === lockHash) {
  console.log('[web] node_modules matches package-lock.json: skipping npm ci');
  process.exit(0);
}

console.log('[web] npm ci');
const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
  cwd: web,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (npm.error) {
  console.error(`[web] could not run npm: ${npm.error.message}`);
  process.exit(1);
}
if (npm.status !== 0) process.exit(npm.status ?? 1);
writeFileSync(stamp, lockHash);
