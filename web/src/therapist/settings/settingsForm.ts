import type { AlertPreference } from '../../api/alertPreferences.ts';

/**
 * The digest form's state: what is on screen, what the server last stored, and where saving
 * stands. A reducer, so the screen stays a view.
 */
export interface SettingsForm {
  stored: AlertPreference;
  digestHour: number;
  timeZone: string;
  saving: boolean;
  /** The server's words when the last save was refused or failed. */
  error: string | null;
  savedAt: number | null;
}

export type SettingsAction =
  | { type: 'hour'; hour: number }
  | { type: 'zone'; zone: string }
  | { type: 'saving' }
  | { type: 'saved'; stored: AlertPreference; at: number }
  | { type: 'failed'; message: string };

export function initialForm(stored: AlertPreference): SettingsForm {
  return {
    stored,
    digestHour: stored.digestHour,
    timeZone: stored.timeZone,
    saving: false,
    error: null,
    savedAt: null,
  };
}

export function settingsReducer(form: SettingsForm, action: SettingsAction): SettingsForm {
  switch (action.type) {
    case 'hour':
      return { ...form, digestHour: action.hour, savedAt: null };
    case 'zone':
      return { ...form, timeZone: action.zone, savedAt: null };
    case 'saving':
      return { ...form, saving: true, error: null };
    case 'saved':
      return { ...initialForm(action.stored), savedAt: action.at };
    case 'failed':
      return { ...form, saving: false, error: action.message };
  }
}

/** True when what is on screen differs from what is stored. */
export function changed(form: SettingsForm): boolean {
  return form.digestHour !== form.stored.digestHour || form.timeZone !== form.stored.timeZone;
}

/** "07:00" for hour 7. */
export function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

/**
 * The zones offered: the browser's own list when it has one, always with the stored zone and the
 * browser's current zone in it, sorted.
 */
export function zoneChoices(stored: string, browserZone: string | undefined, known: readonly string[]): string[] {
  const zones = new Set(known);
  zones.add(stored);
  if (browserZone) zones.add(browserZone);
  return [...zones].sort();
}
