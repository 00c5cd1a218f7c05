import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { ChunkingContext, OutputAsset, OutputBundle, OutputChunk, PluginContext } from 'rolldown';
import { transformWithOxc, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { patientApiCache } from './src/offline/cachedAnswers.ts';

// `npm run dev` serves the app on http://localhost:5173 and sends everything that belongs to
// the session gateway (API, sign-in, sign-out) to a gateway running on its usual port.
// changeOrigin makes the gateway see its own host, so the Keycloak redirect URI it builds is
// one Keycloak accepts (http://localhost:8080/*).
const gateway = 'http://localhost:8080';
const toGateway = { target: gateway, changeOrigin: true };

/**
 * Installable, and opens with no connection (docs/adr/0016): a Workbox service worker precaches
 * the app shell (every built file) and answers page navigations with index.html; the three reads
 * Today needs to open (who is signed in, the patient record, today's routine) are network-first
 * with a short timeout, falling back to the last answer kept in Cache Storage. Writes never go
 * through the cache: the IndexedDB outbox queues them as before. Sign-out deletes that cache
 * (session/SignOut.tsx) and the gateway's sign-out answer clears the site's storage.
 */
const offlineApp = VitePWA({
  strategies: 'generateSW',
  registerType: 'autoUpdate',
  // Registered by src/offline/registerServiceWorker.ts: no workbox-window in the first load.
  injectRegister: false,
  // .json: every server knows its type (Vert.x has no mapping for .webmanifest).
  manifestFilename: 'manifest.json',
  manifest: {
    name: 'Motus',
    short_name: 'Motus',
    description: 'Your physical therapy exercises, pain check-ins and video visits',
    lang: 'en',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b5d56',
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    navigateFallback: '/index.html',
    // Real page loads that must reach the gateway: sign-in and sign-out, the API, Quarkus's own
    // pages, and any return from Keycloak (a deep link's login comes back to that page with ?code=).
    navigateFallbackDenylist: [
      /^\/api\//,
      /^\/login/,
      /^\/logout/,
      /^\/q\//,
      /^\/fhir\//,
      /[?&](code|state|error|session_state)=/,
    ],
    // One file for the gateway to serve without a session (no separate workbox-*.js).
    inlineWorkboxRuntime: true,
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    runtimeCaching: [
      {
        // Serialised into sw.js: keep it self-contained.
        urlPattern: ({ url, request }) =>
          request.method === 'GET' &&
          (url.pathname === '/api/v1/me' ||
            url.pathname === '/api/v1/patients/me' ||
            url.pathname === '/api/v1/plans/mine/today'),
        handler: 'NetworkFirst',
        options: {
          cacheName: patientApiCache,
          networkTimeoutSeconds: 4,
          // Today's routine is asked for by date: one entry per path, so offline on a new day the
          // latest routine known is shown (not the oldest, as matching with ignoreSearch would).
          plugins: [
            {
              cacheKeyWillBeUsed: async ({ request }) => {
                const key = new URL(request.url);
                key.search = '';
                return key.href;
              },
            },
          ],
          cacheableResponse: { statuses: [200] },
          expiration: { maxEntries: 10, maxAgeSeconds: 14 * 24 * 60 * 60 },
        },
      },
    ],
  },
});

/**
 * Web Push in the service worker (docs/adr/0032): appends src/offline/pushHandler.ts, types
 * stripped, to the sw.js that Workbox generated, so one file handles `push` and
 * `notificationclick` and the gateway still serves a single public worker script (an
 * importScripts file would need its own unauthenticated path). Runs after vite-plugin-pwa's own
 * closeBundle (both sequential, this one later in the list). The handler must stay self-contained:
 * the build fails if it imports anything.
 */
function pushInServiceWorker(): Plugin {
  let outDir = 'dist';
  return {
    name: 'motus:push-in-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        const source = resolve(import.meta.dirname, 'src/offline/pushHandler.ts');
        const stripped = await transformWithOxc(await readFile(source, 'utf8'), source, { lang: 'ts' });
        const body = stripped.code.replace(/^export \{ installPushHandlers \};\s*$/m, '');
        if (/^\s*(import|export)\b/m.test(body)) {
          throw new Error('src/offline/pushHandler.ts must stay self-contained (no import, one export line)');
        }
        const sw = resolve(outDir, 'sw.js');
        const generated = await readFile(sw, 'utf8');
        await writeFile(sw, `${generated}\n;(() => {\n${body}\ninstallPushHandlers(self);\n})();\n`);
      },
    },
  };
}

/**
 * The files each signed-in person's first screen needs besides the entry (issue 18, cold LCP), for
 * the gateway to name in `Link` headers with the page (session-gateway `webapp/FirstScreenHints`), so
 * a browser asks for them with the entry instead of one slow round trip after it, once the entry has
 * asked who is signed in. Written to `first-screens.json` beside index.html: `entry`, the entry's CSS
 * and script (as index.html names them; the gateway names them first, so they keep their place in the
 * browser's queue); `signedIn`, what every signed-in screen waits for (the message formatter that
 * i18n.ts `activate` loads); and for each set of screens the app chooses by role (app.tsx, `Screens`)
 * its chunk, the chunks that chunk imports statically (not the entry) and their CSS. Nothing personal:
 * the same names as sw.js.
 */
export const firstScreenModules = {
  signedIn: 'node_modules/intl-messageformat/',
  patient: 'src/patient/PatientApp.tsx',
  therapist: 'src/therapist/TherapistApp.tsx',
  admin: 'src/admin/AdminApp.tsx',
  call: 'src/call/CallPage.tsx',
} as const;

function firstScreens(): Plugin {
  return {
    name: 'motus:first-screens',
    apply: 'build',
    // After index.html is written (entryStyleInline), so the entry is what index.html still links.
    generateBundle: { order: 'post', handler: writeFirstScreens },
  };
}

function writeFirstScreens(this: PluginContext, _options: unknown, bundle: OutputBundle) {
  const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const files = (root: OutputChunk) => {
    const found: string[] = [];
    const todo = [root];
    while (todo.length > 0) {
      const chunk = todo.shift() as OutputChunk;
      if (chunk.isEntry || found.includes(`/${chunk.fileName}`)) continue;
      found.push(`/${chunk.fileName}`);
      for (const css of chunk.viteMetadata?.importedCss ?? []) found.push(`/${css}`);
      todo.push(...chunk.imports.flatMap((name) => byFile.get(name) ?? []));
    }
    return found;
  };
  const screens = Object.fromEntries(
    Object.entries(firstScreenModules).map(([key, module]) => {
      // The chunk holding the module (the patient's is a group of many, vite.config.ts patientChunk).
      const chunk = chunks.find((c) => c.moduleIds.some((id) => id.split('\\').join('/').includes(module)));
      if (!chunk || chunk.isEntry) throw new Error(`first-screens.json: ${module} is in no chunk but the entry's`);
      return [key, files(chunk)];
    }),
  );
  const entry = chunks.find((c) => c.isEntry);
  if (!entry) throw new Error('first-screens.json: the build has no entry chunk');
  const page = [...(entry.viteMetadata?.importedCss ?? []), entry.fileName].map((file) => `/${file}`);
  const source = `${JSON.stringify({ entry: page, ...screens }, null, 2)}\n`;
  this.emitFile({ type: 'asset', fileName: 'first-screens.json', source });
}

/**
 * The entry's CSS goes inside index.html, in a `<style>` element, instead of a file of its own (issue 18,
 * cold LCP). A signed-in patient's first round after index.html was six files on a phone's HTTP/1.1
 * connections, of which five went at once while index.html's own connection was still busy: the patient's
 * code waited 0.56 s more on Slow 4G in most loads (bench/results/2026-12-07-s25-lcp.md). The CSS is
 * small (about 1 KB gzip) and every page needs it before its first paint anyway. The gateway allows
 * this one inline style by its hash in the Content-Security-Policy, computed from the index.html it
 * serves (session-gateway `webapp/ContentSecurityPolicy`); no other inline style is allowed.
 */
function entryStyleInline(): Plugin {
  return {
    name: 'motus:entry-style-inline',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        const links = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/g)];
        if (links.length !== 1)
          throw new Error(`index.html links ${links.length} stylesheets, expected the entry's one`);
        const [tag, fileName] = links[0] as RegExpExecArray & [string, string];
        const asset = bundle[fileName] as OutputAsset | undefined;
        if (asset?.type !== 'asset') throw new Error(`index.html links ${fileName}, which the build did not write`);
        const css = String(asset.source).trim();
        if (/<\/style/i.test(css)) throw new Error(`${fileName} contains "</style": it cannot go inside index.html`);
        // The file is no longer needed: nothing else links it, and first-screens.json must not name it.
        delete bundle[fileName];
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && chunk.isEntry) chunk.viteMetadata?.importedCss.delete(fileName);
        }
        return html.replace(tag, `<style>${css}</style>`);
      },
    },
  };
}

/**
 * The code the patient's first screen needs comes in one file, not nine (issue 18, cold LCP): left
 * to itself the bundler makes a chunk for every set of screens that share a module (the patient app
 * with the therapist's, with the call page, ...), and on a phone's HTTP/1.1 six connections each
 * extra file queues behind the others for another 0.6 s round trip on a slow network
 * (bench/results: 2.9 s with two patient chunks, 2.4 s with one). So every module the patient app
 * loads with it and the entry does not have goes into the `PatientApp` chunk, those it shares with
 * the therapist's app, the call page or the exercise list too, which then load them from there
 * (on a first visit 16 KB gzip more for the therapist's app, 21 KB for the call page: docs/adr/0058;
 * the service worker keeps every file after it). Modules behind a screen's own `import()` (progress
 * charts, settings, ...) keep their own chunks.
 */
function patientChunk(): (id: string, ctx: ChunkingContext) => string | null {
  const src = (file: string) => resolve(import.meta.dirname, 'src', file);
  let reach: { entry: Set<string>; patient: Set<string> } | null = null;
  const staticallyFrom = (root: string, ctx: ChunkingContext) => {
    const seen = new Set<string>();
    const todo = [root];
    while (todo.length > 0) {
      const id = todo.pop() as string;
      if (seen.has(id)) continue;
      seen.add(id);
      todo.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
    }
    return seen;
  };
  return (id, ctx) => {
    reach ??= {
      entry: staticallyFrom(src('main.tsx'), ctx),
      patient: staticallyFrom(src('patient/PatientApp.tsx'), ctx),
    };
    return reach.patient.has(id) && !reach.entry.has(id) ? 'PatientApp' : null;
  };
}

export default defineConfig({
  plugins: [preact(), offlineApp, pushInServiceWorker(), entryStyleInline(), firstScreens()],
  build: {
    // Older phones keep old browsers: iOS 15 (iPhone 6s/7) and Chrome on Android 7+.
    // Vite's default (baseline 2023: Safari 16.4, Chrome 111) would leave them out.
    target: ['es2020', 'chrome87', 'edge88', 'firefox78', 'safari14'],
    cssTarget: ['chrome87', 'edge88', 'firefox78', 'safari14'],
    // One entry chunk, nothing to preload: the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: patientChunk(), includeDependenciesRecursively: false }] } },
    },
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': toGateway,
      '/login': toGateway,
      '/logout': toGateway,
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
