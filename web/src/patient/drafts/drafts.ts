import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';

/**
 * Drafts of the patient's forms (the session log, the daily check-in) while they are being filled
 * in, so a reload loses nothing. Kept in IndexedDB, never in localStorage (no patient data there on
 * a shared computer), one entry per signed-in person and form. Signing out deletes every database
 * whose name starts with `motus-`, this one too; `forgetDrafts()` deletes it on its own.
 */
interface DraftsDb extends DBSchema {
  drafts: { key: string; value: { key: string; subject: string; form: string; keptAt: string; value: unknown } };
}

export const draftsDatabaseName = 'motus-drafts';

/** The forms that keep a draft. */
export type DraftForm = 'session' | 'daily-check-in' | 'prom';

let opened: Promise<IDBPDatabase<DraftsDb>> | null = null;

function open(): Promise<IDBPDatabase<DraftsDb>> {
  opened ??= openDB<DraftsDb>(draftsDatabaseName, 1, {
    upgrade(db) {
      db.createObjectStore('drafts', { keyPath: 'key' });
    },
    // Sign-out deletes the database: an open connection gives way instead of blocking it.
    blocking(_current, _next, _event) {
      void opened?.then((db) => db.close());
      opened = null;
    },
  }).catch((error: unknown) => {
    opened = null;
    throw error;
  });
  return opened;
}

const keyOf = (subject: string, form: DraftForm) => `${subject}|${form}`;

/** What was kept of this person's form, if anything (undefined also when storage is unavailable). */
export async function loadDraft(subject: string, form: DraftForm): Promise<unknown> {
  try {
    return (await (await open()).get('drafts', keyOf(subject, form)))?.value;
  } catch {
    return undefined;
  }
}

/** Keeps the form's state; a failure (private window, storage full) only costs the draft. */
export async function keepDraft(subject: string, form: DraftForm, value: unknown): Promise<void> {
  try {
    await (
      await open()
    ).put('drafts', { key: keyOf(subject, form), subject, form, keptAt: new Date().toISOString(), value });
  } catch {
    // The form still works; only a reload would lose it.
  }
}

export async function dropDraft(subject: string, form: DraftForm): Promise<void> {
  try {
    await (await open()).delete('drafts', keyOf(subject, form));
  } catch {
    // Nothing kept, or no storage: nothing to drop.
  }
}

/** Deletes every draft of everyone on this browser (called at sign-out). */
export async function forgetDrafts(): Promise<void> {
  const db = opened;
  opened = null;
  if (db) (await db.catch(() => null))?.close();
  await deleteDB(draftsDatabaseName);
}
