import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutboxEntry } from './outbox.ts';
import type { FollowUp } from './followUps.ts';

/** The patient app's IndexedDB: writes waiting to be sent, and two-hour follow-ups to ask. */
interface PatientDb extends DBSchema {
  outbox: { key: string; value: OutboxEntry };
  followUps: { key: string; value: FollowUp };
}

export type PatientDatabase = IDBPDatabase<PatientDb>;

export const databaseName = 'motus-patient';

export function openPatientDb(name: string = databaseName): Promise<PatientDatabase> {
  return openDB<PatientDb>(name, 1, {
    upgrade(db) {
      db.createObjectStore('outbox', { keyPath: 'key' });
      db.createObjectStore('followUps', { keyPath: 'sessionId' });
    },
  });
}
