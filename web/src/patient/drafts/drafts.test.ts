import 'fake-indexeddb/auto';
import { beforeEach, expect, test } from 'vitest';
import { draftsDatabaseName, dropDraft, forgetDrafts, keepDraft, loadDraft } from './drafts.ts';

beforeEach(async () => {
  await forgetDrafts();
});

test('eachPersonSeesOnlyTheirOwnDraftOfEachForm', async () => {
  await keepDraft('anna', 'session', { note: 'hers' });
  await keepDraft('anna', 'daily-check-in', { pain: 4 });
  expect(await loadDraft('anna', 'session')).toEqual({ note: 'hers' });
  expect(await loadDraft('anna', 'daily-check-in')).toEqual({ pain: 4 });
  expect(await loadDraft('ben', 'session')).toBeUndefined();
});

test('aDroppedDraftIsGone', async () => {
  await keepDraft('anna', 'session', { note: 'x' });
  await dropDraft('anna', 'session');
  expect(await loadDraft('anna', 'session')).toBeUndefined();
});

test('forgetDraftsDeletesTheMotusDraftsDatabaseAndNothingIsInLocalStorage', async () => {
  await keepDraft('anna', 'session', { note: 'x' });
  expect(localStorage.length).toBe(0);
  expect((await indexedDB.databases()).map((d) => d.name)).toContain(draftsDatabaseName);
  await forgetDrafts();
  expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(draftsDatabaseName);
  expect(await loadDraft('anna', 'session')).toBeUndefined();
});

test('aDeletionFromElsewhereIsNotBlockedByAnOpenConnection', async () => {
  await keepDraft('anna', 'session', { note: 'x' });
  // What sign-out does: delete every motus- database while this page still has its connection open.
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(draftsDatabaseName);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('delete failed'));
    request.onblocked = () => reject(new Error('blocked by the open drafts connection'));
  });
  expect(await loadDraft('anna', 'session')).toBeUndefined();
});
