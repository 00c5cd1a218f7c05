import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ErrorBoundary } from 'preact-iso';
import { describe, expect, it, vi } from 'vitest';
import type { Invitation, InvitationRequest } from '../api/invitations.ts';
import { ApiError } from '../api/http.ts';
import { aPatient } from '../testing/fixtures.ts';
import { AdminApp, type AdminServices } from './AdminApp.tsx';

function anInvitation(overrides: Partial<Invitation> = {}): Invitation {
  return {
    id: '1a7e0000-0000-4000-8000-000000000001',
    role: 'PATIENT',
    email: 'nina@example.org',
    subject: '7e5a0c1e-0000-4000-8000-000000000003',
    patientId: '0a7e0000-0000-4000-8000-000000000004',
    invitedBy: '7e5a0c1e-0000-4000-8000-000000000004',
    invitedAt: '2026-11-26T09:00:00Z',
    lastSentAt: '2026-11-26T09:00:00Z',
    expiresAt: '2026-11-29T09:00:00Z',
    sentCount: 1,
    acceptedAt: null,
    status: 'PENDING',
    ...overrides,
  };
}

const adam = aPatient({ name: 'Adam Admin', roles: ['admin'] });

function services(overrides: Partial<AdminServices> = {}): AdminServices {
  return {
    load: () => Promise.resolve([]),
    invite: (request: InvitationRequest) => Promise.resolve(anInvitation({ email: request.email, role: request.role })),
    resend: (id: string) => Promise.resolve(anInvitation({ id, sentCount: 2 })),
    ...overrides,
  };
}

describe('the clinic accounts screen', () => {
  it('lists invitations with their status and offers a resend only until one is accepted', async () => {
    const resend = vi.fn((id: string) => Promise.resolve(anInvitation({ id, status: 'PENDING', sentCount: 2 })));
    render(
      <AdminApp
        me={adam}
        services={services({
          load: () =>
            Promise.resolve([
              anInvitation({ id: 'expired', email: 'old@example.org', status: 'EXPIRED' }),
              anInvitation({ id: 'done', email: 'theo@example.org', role: 'THERAPIST', status: 'ACCEPTED' }),
            ]),
          resend,
        })}
      />,
    );
    expect(await screen.findByText('Link expired: resend it')).toBeTruthy();
    expect(screen.getByText('Accepted')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Resend to theo@example.org' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Resend to old@example.org' }));
    await waitFor(() => expect(resend).toHaveBeenCalledWith('expired'));
  });

  it('sends what was typed and says so, or shows the server’s problem such as an email that has an account', async () => {
    const invite = vi
      .fn<(request: InvitationRequest) => Promise<Invitation>>()
      .mockResolvedValueOnce(anInvitation({ email: 'theo@example.org', role: 'THERAPIST' }))
      .mockRejectedValueOnce(
        new ApiError({
          type: 'urn:motus:problem:conflict',
          title: 'Conflict',
          status: 409,
          detail: 'An account with that email exists already.',
          extensions: {},
        }),
      );
    render(<AdminApp me={adam} services={services({ invite })} />);
    await screen.findByText('No invitations yet.');
    const fill = () => {
      fireEvent.change(screen.getByLabelText('Role'), { target: { value: 'THERAPIST' } });
      fireEvent.input(screen.getByLabelText('Email'), { target: { value: 'theo@example.org' } });
      fireEvent.input(screen.getByLabelText('First name'), { target: { value: 'Theo' } });
      fireEvent.input(screen.getByLabelText('Last name'), { target: { value: 'Therapist' } });
      fireEvent.submit(screen.getByRole('button', { name: 'Send invitation' }).closest('form')!);
    };
    fill();
    expect((await screen.findByRole('status')).textContent).toBe('Invitation sent to theo@example.org.');
    expect(invite).toHaveBeenCalledWith({
      role: 'THERAPIST',
      email: 'theo@example.org',
      firstName: 'Theo',
      lastName: 'Therapist',
    });
    expect(screen.getByText('theo@example.org')).toBeTruthy();
    fill();
    expect((await screen.findByRole('alert')).textContent).toBe('An account with that email exists already.');
  });
});

describe('the admin screens', () => {
  it('opens each screen from the navigation, loading it when first opened', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>(async () => new Response(JSON.stringify({ items: [], next: null }), { status: 200 })),
    );
    // As in the app: preact-iso's ErrorBoundary waits for a lazy screen's chunk.
    render(
      <ErrorBoundary>
        <AdminApp me={adam} services={services()} />
      </ErrorBoundary>,
    );
    const tab = (name: string) => screen.getByRole('button', { name });
    expect(tab('Invitations').getAttribute('aria-current')).toBe('page');
    fireEvent.click(tab('Staff'));
    expect(await screen.findByRole('heading', { name: 'Staff' })).toBeTruthy();
    expect(tab('Staff').getAttribute('aria-current')).toBe('page');
    fireEvent.click(tab('Patients'));
    expect(await screen.findByRole('heading', { name: 'Patients' })).toBeTruthy();
    fireEvent.click(tab('Audit'));
    expect(await screen.findByRole('heading', { name: 'Audit trail' })).toBeTruthy();
    fireEvent.click(tab('Export clinic data'));
    expect(await screen.findByRole('heading', { name: 'Export clinic data' })).toBeTruthy();
    expect(tab('Export clinic data').getAttribute('aria-current')).toBe('page');
    vi.unstubAllGlobals();
  });

  it('opens the clinic export again after a reload while this tab follows one', async () => {
    const statusPath = '/fhir/R4/$export-status/5b1d0000-0000-4000-8000-000000000001';
    sessionStorage.setItem('motus-admin-export', statusPath);
    const fetchMock = vi.fn<typeof fetch>(
      async () => new Response(null, { status: 202, headers: { 'X-Progress': 'queued', 'Retry-After': '5' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    try {
      render(
        <ErrorBoundary>
          <AdminApp me={adam} services={services()} />
        </ErrorBoundary>,
      );
      expect(await screen.findByRole('heading', { name: 'Export clinic data' })).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Export clinic data' }).getAttribute('aria-current')).toBe('page');
      await waitFor(() => expect(fetchMock).toHaveBeenCalledWith(statusPath, expect.anything()));
    } finally {
      sessionStorage.clear();
      vi.unstubAllGlobals();
    }
  });
});
