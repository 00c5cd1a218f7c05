import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { PatientRecord } from '../../api/patients.ts';
import { forgetCachedAnswers } from '../../offline/cachedAnswers.ts';
import type { OutboxEntry } from './outbox.ts';

/**
 * The patient app's IndexedDB, the only place Motus keeps patient data in the browser: writes
 * waiting to be sent (`outbox`) and the last copy of the signed-in patient's record for an offline
 * start (`records`, by Keycloak subject; with the service worker the cached answer usually serves). Pending two-hour follow-ups are server state
 * (clinical-rules.md §12); version 2 dropped the old local `followUps` store. Signing out deletes
 * the whole database (`forgetThisDevice`).
 */
interface PatientDb extends DBSchema {
  outbox: { key: string; value: OutboxEntry };
  records: { key: string; value: PatientRecord };
}

export type PatientDatabase = IDBPDatabase<PatientDb>;

export const databaseName = 'motus-patient';

/** Version 3 and earlier kept the record in localStorage under this prefix; nothing may stay there. */
const legacyRecordPrefix = 'motus.patient-record.';

export async function openPatientDb(name: string = databaseName): Promise<PatientDatabase> {
  const db: PatientDatabase = await openDB<PatientDb>(name, 3, {
    upgrade(upgrading, oldVersion) {
      if (oldVersion < 1) upgrading.createObjectStore('outbox', { keyPath: 'key' });
      // Version 1 kept follow-ups on the phone; the server owns them now.
      if (upgrading.objectStoreNames.contains('followUps' as never)) upgrading.deleteObjectStore('followUps' as never);
      if (oldVersion < 3) upgrading.createObjectStore('records', { keyPath: 'subject' });
    },
    // Sign-out deletes the database: an open connection gives way instead of blocking it.
    blocking() {
      db.close();
    },
  });
  forgetLegacyRecords();
  return db;
}

/** Keeps the signed-in patient's record for an offline start; a failure only costs that. */
export async function keepRecord(record: PatientRecord): Promise<void> {
  try {
    const db = await openPatientDb();
    await db.put('records', record);
  } catch {
    // Storage full or blocked (private window): the app still works online.
  }
}

/** The record kept on this device for this subject, if any. */
export async function keptRecord(subject: string): Promise<PatientRecord | undefined> {
  try {
    const db = await openPatientDb();
    return await db.get('records', subject);
  } catch {
    return undefined;
  }
}

/** How many writes on this device have not reached the server yet (any patient who used it). */
export async function unsentCount(name: string = databaseName): Promise<number> {
  try {
    const db = await openPatientDb(name);
    return await db.count('outbox');
  } catch {
    return 0;
  }
}

/**
 * Deletes every patient datum Motus keeps in this browser: the database, the service worker's
 * cached answers and any legacy copy. The app shell (code, icons) stays: it holds nobody's data.
 */
export async function forgetThisDevice(name: string = databaseName): Promise<void> {
  forgetLegacyRecords();
  await Promise.all([deleteDB(name), forgetCachedAnswers()]);
}

function forgetLegacyRecords() {
  try {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith(legacyRecordPrefix)) localStorage.removeItem(key);
    }
  } catch {
    // No storage access: nothing could have been kept there either.
  }
}
