import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { StaffAccount, StaffPage, StaffQuery } from '../../api/adminStaff.ts';
import { ApiError } from '../../api/http.ts';
import { aPatient } from '../../testing/fixtures.ts';
import { StaffScreen, type StaffServices } from './StaffScreen.tsx';

const adam = aPatient({ subject: 'adam', name: 'Adam Admin', roles: ['admin'] });

function anAccount(overrides: Partial<StaffAccount> = {}): StaffAccount {
  return {
    subject: 'theo',
    email: 'theo@example.org',
    firstName: 'Theo',
    lastName: 'Tran',
    enabled: true,
    pendingActions: [],
    roles: ['THERAPIST'],
    ...overrides,
  };
}

function services(overrides: Partial<StaffServices> = {}): StaffServices {
  return {
    list: () =>
      Promise.resolve({
        items: [anAccount(), anAccount({ subject: 'adam', firstName: 'Adam', lastName: 'Admin', roles: ['ADMIN'] })],
        next: null,
      }),
    deactivate: (subject) => Promise.resolve(anAccount({ subject, enabled: false })),
    reactivate: (subject) => Promise.resolve(anAccount({ subject })),
    resetAccess: (subject) => Promise.resolve(anAccount({ subject })),
    invite: () => Promise.resolve({}),
    ...overrides,
  };
}

describe('the staff screen', () => {
  it('lists staff and searches with the filters, then pages on', async () => {
    const list = vi
      .fn<(query: StaffQuery) => Promise<StaffPage>>()
      .mockResolvedValueOnce({ items: [anAccount()], next: null })
      .mockResolvedValueOnce({ items: [anAccount({ subject: 'tess', firstName: 'Tess' })], next: '100' })
      .mockResolvedValueOnce({ items: [anAccount({ subject: 'tom', firstName: 'Tom' })], next: null });
    render(<StaffScreen me={adam} services={services({ list })} />);
    await screen.findByText('Theo Tran');
    fireEvent.input(screen.getByLabelText('Name or email'), { target: { value: 'te' } });
    fireEvent.change(screen.getByLabelText('Filter by role'), { target: { value: 'THERAPIST' } });
    fireEvent.change(screen.getByLabelText('Filter by status'), { target: { value: 'ACTIVE' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Search' }).closest('form')!);
    await screen.findByText('Tess Tran');
    expect(list).toHaveBeenLastCalledWith({ query: 'te', role: 'THERAPIST', status: 'ACTIVE', cursor: null });
    fireEvent.click(screen.getByRole('button', { name: 'Show more staff' }));
    await screen.findByText('Tom Tran');
    expect(list).toHaveBeenLastCalledWith({ query: 'te', role: 'THERAPIST', status: 'ACTIVE', cursor: '100' });
    expect(screen.getByText('Tess Tran')).toBeTruthy();
  });

  it('deactivates only after a confirmation and never offers it for the admin’s own account', async () => {
    const deactivate = vi.fn((subject: string) => Promise.resolve(anAccount({ subject, enabled: false })));
    render(<StaffScreen me={adam} services={services({ deactivate })} />);
    await screen.findByText('Theo Tran');
    expect(screen.queryByRole('button', { name: 'Deactivate Adam Admin' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Deactivate Theo Tran' }));
    expect(deactivate).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, deactivate' }));
    await waitFor(() => expect(deactivate).toHaveBeenCalledWith('theo'));
    expect((await screen.findByRole('status')).textContent).toBe('Theo Tran is deactivated.');
    expect(screen.getByRole('button', { name: 'Reactivate Theo Tran' })).toBeTruthy();
  });

  it('resets access and shows the server’s problem when it refuses', async () => {
    const resetAccess = vi.fn(() =>
      Promise.reject(
        new ApiError({
          type: 'urn:motus:problem:conflict',
          title: 'Conflict',
          status: 409,
          detail: 'This account is deactivated: reactivate it first.',
          extensions: {},
        }),
      ),
    );
    render(<StaffScreen me={adam} services={services({ resetAccess })} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reset access for Theo Tran' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This account is deactivated: reactivate it first.');
    expect(resetAccess).toHaveBeenCalledWith('theo');
  });

  it('invites therapists and admins only, and shows a bad filter beside its field', async () => {
    const invite = vi.fn(() => Promise.resolve({}));
    const list = vi
      .fn<(query: StaffQuery) => Promise<StaffPage>>()
      .mockResolvedValueOnce({ items: [], next: null })
      .mockRejectedValueOnce(
        new ApiError({
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          detail: 'query must be at most 100 characters.',
          extensions: {},
        }),
      );
    render(<StaffScreen me={adam} services={services({ invite, list })} />);
    await screen.findByText('No staff match.');
    const roles = [...(screen.getByLabelText('Role') as HTMLSelectElement).options];
    expect(roles.map((o) => o.value)).toEqual(['THERAPIST', 'ADMIN']);
    fireEvent.submit(screen.getByRole('button', { name: 'Search' }).closest('form')!);
    await waitFor(() =>
      expect(screen.getByLabelText('Name or email').closest('label')?.nextElementSibling?.textContent).toBe(
        'query must be at most 100 characters.',
      ),
    );
  });
});
