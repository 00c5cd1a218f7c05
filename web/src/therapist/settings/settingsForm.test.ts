import { describe, expect, test } from 'vitest';
import { changed, hourLabel, initialForm, settingsReducer, zoneChoices } from './settingsForm.ts';

const stored = { digestHour: 7, timeZone: 'Europe/Berlin' };

describe('settingsReducer', () => {
  test('editingTheHourOrZoneMarksTheFormChangedUntilSaved', () => {
    let form = initialForm(stored);
    expect(changed(form)).toBe(false);
    form = settingsReducer(form, { type: 'hour', hour: 18 });
    expect(changed(form)).toBe(true);
    form = settingsReducer(form, { type: 'zone', zone: 'America/Chicago' });
    form = settingsReducer(form, { type: 'saving' });
    expect(form.saving).toBe(true);
    form = settingsReducer(form, {
      type: 'saved',
      stored: { digestHour: 18, timeZone: 'America/Chicago' },
      at: 1,
    });
    expect(changed(form)).toBe(false);
    expect(form.saving).toBe(false);
    expect(form.savedAt).toBe(1);
  });

  test('aRefusedSaveKeepsWhatWasTypedAndSaysWhy', () => {
    let form = settingsReducer(initialForm(stored), { type: 'zone', zone: 'Mars/Olympus' });
    form = settingsReducer(form, { type: 'saving' });
    form = settingsReducer(form, { type: 'failed', message: 'timeZone: unknown time zone' });
    expect(form.timeZone).toBe('Mars/Olympus');
    expect(form.error).toBe('timeZone: unknown time zone');
    expect(form.saving).toBe(false);
    expect(changed(form)).toBe(true);
  });
});

test('hoursReadAsAClock', () => {
  expect(hourLabel(0)).toBe('00:00');
  expect(hourLabel(7)).toBe('07:00');
  expect(hourLabel(23)).toBe('23:00');
});

test('theStoredAndTheDevicesZoneAreAlwaysOffered', () => {
  expect(zoneChoices('Asia/Kolkata', 'Europe/Berlin', [])).toEqual(['Asia/Kolkata', 'Europe/Berlin']);
  expect(zoneChoices('UTC', undefined, ['Europe/Berlin', 'UTC'])).toEqual(['Europe/Berlin', 'UTC']);
});
