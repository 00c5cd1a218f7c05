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

/** True only when the patient's latest decision on the text in force is a no (declined or withdrawn). */
export function declined(consents: Consents | null, kind: ConsentKind): boolean {
  const status = consents?.consents.find((c) => c.kind === kind);
  return status !== undefined && !status.decisionNeeded && !status.granted;
}
