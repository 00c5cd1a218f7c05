import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import { keepDraft, loadDraft } from '../patient/drafts/drafts.ts';
import { forgetThisDevice, keepRecord, keptRecord, openPatientDb, unsentCount } from '../patient/offline/db.ts';
import { aPatientRecord } from '../testing/fixtures.ts';
import { SignOut, type DeviceData } from './SignOut.tsx';

function device(unsent: number): DeviceData & { forgotten: number } {
  const fake = {
    forgotten: 0,
    unsent: async () => unsent,
    forget: async () => {
      fake.forgotten++;
    },
  };
  return fake;
}

test('withNothingUnsentSignOutForgetsThisDeviceThenGoesToTheGatewaysSignOut', async () => {
  const data = device(0);
  const navigate = vi.fn();
  render(<SignOut device={data} navigate={navigate} />);
  fireEvent.click(screen.getByRole('link', { name: 'Sign out' }));
  await waitFor(() => expect(navigate).toHaveBeenCalledWith('/logout'));
  expect(data.forgotten).toBe(1);
  expect(screen.queryByRole('alert')).toBeNull();
});

test('unsentEntriesAreCountedAndThePersonChoosesBeforeAnythingIsDeleted', async () => {
  const data = device(2);
  const navigate = vi.fn();
  render(<SignOut device={data} navigate={navigate} />);
  fireEvent.click(screen.getByRole('link', { name: 'Sign out' }));
  const warning = await screen.findByRole('alert');
  expect(warning.textContent).toContain('2 entries have not reached Motus yet');
  expect(data.forgotten).toBe(0);
  expect(navigate).not.toHaveBeenCalled();

  fireEvent.click(screen.getByRole('button', { name: 'Stay signed in' }));
  expect(screen.queryByRole('alert')).toBeNull();
  expect(data.forgotten).toBe(0);

  fireEvent.click(screen.getByRole('link', { name: 'Sign out' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Sign out and delete them' }));
  await waitFor(() => expect(navigate).toHaveBeenCalledWith('/logout'));
  expect(data.forgotten).toBe(1);
});

test('oneUnsentEntryIsNamedInTheSingular', async () => {
  render(<SignOut device={device(1)} navigate={vi.fn()} />);
  fireEvent.click(screen.getByRole('link', { name: 'Sign out' }));
  expect((await screen.findByRole('alert')).textContent).toContain(
    '1 entry has not reached Motus yet. Signing out deletes it',
  );
});

test('aFailingForgetStillSignsOut', async () => {
  const navigate = vi.fn();
  const broken: DeviceData = { unsent: async () => 0, forget: async () => Promise.reject(new Error('blocked')) };
  render(<SignOut device={broken} navigate={navigate} />);
  fireEvent.click(screen.getByRole('link', { name: 'Sign out' }));
  await waitFor(() => expect(navigate).toHaveBeenCalledWith('/logout'));
});

test('forgettingTheDeviceLeavesNoRecordNoOutboxNoDraftAndNothingInLocalStorage', async () => {
  const name = 'motus-patient';
  localStorage.setItem('motus.patient-record.pat', JSON.stringify(aPatientRecord()));
  localStorage.setItem('unrelated', 'kept');
  await keepRecord(aPatientRecord({ subject: 'pat' }));
  const db = await openPatientDb(name);
  await db.put('outbox', { key: 'k1' } as never);
  await keepDraft('pat', 'daily-check-in', { pain: 6 });
  expect(localStorage.getItem('motus.patient-record.pat')).toBeNull(); // opening the database drops the legacy copy
  expect(await unsentCount(name)).toBe(1);
  expect((await keptRecord('pat'))?.subject).toBe('pat');

  await forgetThisDevice(name); // the open connection gives way
  expect(await unsentCount(name)).toBe(0);
  expect(await keptRecord('pat')).toBeUndefined();
  expect(await loadDraft('pat', 'daily-check-in')).toBeUndefined();
  expect(localStorage.getItem('unrelated')).toBe('kept');
  expect(Object.keys(localStorage).filter((key) => key.startsWith('motus'))).toEqual([]);
});

test('signOutRemovesThisBrowsersPushSubscriptionBeforeLeaving', async () => {
  const order: string[] = [];
  const data: DeviceData = {
    unsent: async () => 0,
    forget: async () => {
      order.push('data');
    },
    forgetPush: async () => {
      order.push('push');
    },
  };
  const navigate = vi.fn(() => order.push('logout'));
  render(<SignOut device={data} navigate={navigate} />);
  fireEvent.click(screen.getByRole('link', { name: 'Sign out' }));
  await waitFor(() => expect(navigate).toHaveBeenCalledWith('/logout'));
  expect(order.slice(-1)).toEqual(['logout']);
  expect(order).toContain('push');
  expect(order).toContain('data');
});

test('anUnreachableServerForThePushSubscriptionDoesNotBlockSignOut', async () => {
  const forgotten = vi.fn(async () => undefined);
  const data: DeviceData = {
    unsent: async () => 0,
    forget: forgotten,
    forgetPush: async () => Promise.reject(new Error('No answer from the server')),
  };
  const navigate = vi.fn();
  render(<SignOut device={data} navigate={navigate} />);
  fireEvent.click(screen.getByRole('link', { name: 'Sign out' }));
  await waitFor(() => expect(navigate).toHaveBeenCalledWith('/logout'));
  expect(forgotten).toHaveBeenCalled();
});
