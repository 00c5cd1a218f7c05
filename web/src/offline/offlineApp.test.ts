import { expect, test, vi } from 'vitest';
import { forgetCachedAnswers, patientApiCache } from './cachedAnswers.ts';
import { registerServiceWorker } from './registerServiceWorker.ts';

test('theServiceWorkerIsRegisteredForTheWholeAppOnceThePageHasLoaded', async () => {
  const register = vi.fn(async () => ({}) as ServiceWorkerRegistration);
  registerServiceWorker({ register } as unknown as ServiceWorkerContainer);
  expect(register).not.toHaveBeenCalled();
  window.dispatchEvent(new Event('load'));
  expect(register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
});

test('aRefusedRegistrationLeavesTheAppWorkingOnline', async () => {
  const register = vi.fn(async () => Promise.reject(new Error('SecurityError')));
  registerServiceWorker({ register } as unknown as ServiceWorkerContainer);
  window.dispatchEvent(new Event('load'));
  await Promise.resolve();
  expect(register).toHaveBeenCalled();
});

test('aBrowserWithoutServiceWorkersRegistersNothing', () => {
  expect(() => registerServiceWorker(null)).not.toThrow();
});

test('forgettingDeletesOnlyTheCachedPatientAnswersNotTheAppShell', async () => {
  const deleted: string[] = [];
  const storage = { delete: async (name: string) => (deleted.push(name), true) } as unknown as CacheStorage;
  await forgetCachedAnswers(storage);
  expect(deleted).toEqual([patientApiCache]);
  await expect(forgetCachedAnswers(null)).resolves.toBeUndefined();
});
