import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutboxEntry } from './outbox.ts';

/**
 * The patient app's IndexedDB: writes waiting to be sent. Pending two-hour follow-ups are server
 * state (clinical-rules.md §12, `GET .../follow-ups`); version 2 drops the old local `followUps` store.
 */
interface PatientDb extends DBSchema {
  outbox: { key: string; value: OutboxEntry };
}

export type PatientDatabase = IDBPDatabase<PatientDb>;

export const databaseName = 'motus-patient';

export function openPatientDb(name: string = databaseName): Promise<PatientDatabase> {
  return openDB<PatientDb>(name, 2, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) db.createObjectStore('outbox', { keyPath: 'key' });
      // Version 1 kept follow-ups on the phone; the server owns them now.
      if (db.objectStoreNames.contains('followUps' as never)) db.deleteObjectStore('followUps' as never);
    },
  });
}
