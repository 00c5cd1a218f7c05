import type { Consents, ContactPreferences, ContactPreferencesChoice } from '../../api/consents.ts';
import { msg } from '../../i18n/i18n.ts';

/** The steps of a patient's first sign-in, in order. */
export const steps = ['welcome', 'time-zone', 'preferences', 'consents'] as const;
export type Step = (typeof steps)[number];

/**
 * Where the flow starts: a patient who decided before (the texts changed since) goes straight to
 * the consents; a new patient starts with the welcome.
 */
export function firstStep(consents: Consents): Step {
  return consents.history.length > 0 ? 'consents' : 'welcome';
}

export function nextStep(step: Step): Step | null {
  const index = steps.indexOf(step);
  return index + 1 < steps.length ? (steps[index + 1] ?? null) : null;
}

/** What the patient sends back: the view without its timestamp. */
export function choiceOf(preferences: ContactPreferences): ContactPreferencesChoice {
  return {
    followUpReminders: preferences.followUpReminders,
    programmeDayReminders: preferences.programmeDayReminders,
    programmeDayReminderTime: preferences.programmeDayReminderTime,
    visitReminders: preferences.visitReminders,
    messageNotices: preferences.messageNotices,
    quietHours: preferences.quietHours,
  };
}

/** What declining each consent means, in the patient's words (the server keeps the entries either way). */
export const declineMeaning = {
  TELEHEALTH: msg(
    'If you decline, you can still follow your home programme and record your pain in Motus, but you cannot join video visits: your therapist will see you in person.',
  ),
  REMOTE_MONITORING: msg(
    'If you decline, what you record still reaches your therapist for your safety, but it is not counted as remote monitoring and your clinic does not bill for it.',
  ),
} as const;
