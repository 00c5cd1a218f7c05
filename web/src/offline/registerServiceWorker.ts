/**
 * Registers the service worker that lets Motus open with no connection (vite.config.ts,
 * `offlineApp`). Only in a built app: `npm run dev` has no sw.js, and tests have no service workers.
 */
export function registerServiceWorker(
  container: ServiceWorkerContainer | null = navigator.serviceWorker ?? null,
): void {
  if (!container) return; // An old browser or a private window without service workers: online only.
  window.addEventListener('load', () => {
    container.register('/sw.js', { scope: '/' }).catch(() => {
      // Refused (e.g. blocked by policy): the app works online as before.
    });
  });
}
