/**
 * The Cache Storage cache where the service worker keeps the last answers Today needs to open
 * offline (who is signed in, the patient record, today's routine). Patient data: deleted at sign-out.
 */
export const patientApiCache = 'motus-patient-api';

export async function forgetCachedAnswers(storage: CacheStorage | null = globalThis.caches ?? null): Promise<void> {
  if (!storage) return; // No Cache Storage (an old browser, plain http off localhost): nothing was kept.
  await storage.delete(patientApiCache);
}
