import { createContext } from 'preact';
import type { ConsentKind, Consents } from '../api/consents.ts';

/**
 * The patient's consents as the first sign-in left them, for the screens that depend on one
 * (video visits need TELEHEALTH). Null when they could not be read (offline): nothing is blocked then.
 */
export const ConsentsContext = createContext<{ consents: Consents | null; update(consents: Consents): void }>({
  consents: null,
  update: () => undefined,
});

/**
 * True when the consents are known and the kind is not granted on the text in force: declined,
 * withdrawn, or not yet decided. The gateway refuses a patient the visit room in all three (ADR 0042).
 */
export function notGranted(consents: Consents | null, kind: ConsentKind): boolean {
  const status = consents?.consents.find((c) => c.kind === kind);
  return status !== undefined && !status.granted;
}
