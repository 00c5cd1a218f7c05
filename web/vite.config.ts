import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

// `npm run dev` serves the app on http://localhost:5173 and sends everything that belongs to
// the session gateway (API, sign-in, sign-out) to a gateway running on its usual port.
// changeOrigin makes the gateway see its own host, so the Keycloak redirect URI it builds is
// one Keycloak accepts (http://localhost:8080/*).
const gateway = 'http://localhost:8080';
const toGateway = { target: gateway, changeOrigin: true };

export default defineConfig({
  plugins: [preact()],
  build: {
    // Older phones keep old browsers: iOS 15 (iPhone 6s/7) and Chrome on Android 7+.
    // Vite's default (baseline 2023: Safari 16.4, Chrome 111) would leave them out.
    target: ['es2020', 'chrome87', 'edge88', 'firefox78', 'safari14'],
    cssTarget: ['chrome87', 'edge88', 'firefox78', 'safari14'],
    // One entry chunk, nothing to preload: the polyfill would only add bytes.
    modulePreload: { polyfill: false },
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
