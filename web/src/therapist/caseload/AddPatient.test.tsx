import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/http.ts';
import type { Invitation, InvitationRequest } from '../../api/invitations.ts';
import { toProblem } from '../../api/problem.ts';
import { AddPatient } from './AddPatient.tsx';

function anInvitation(request: InvitationRequest): Invitation {
  return {
    id: 'inv-1',
    email: request.email,
    role: request.role,
    status: 'PENDING',
    invitedAt: '2026-12-04T10:00:00Z',
    invitedBy: 'tess',
    lastSentAt: '2026-12-04T10:00:00Z',
    expiresAt: '2026-12-07T10:00:00Z',
    acceptedAt: null,
    sentCount: 1,
    patientId: 'patient-1',
    subject: 'nina-subject',
  };
}

function fillIn(email: string) {
  fireEvent.click(screen.getByRole('button', { name: 'Add a patient' }));
  fireEvent.input(screen.getByLabelText('Email'), { target: { value: email } });
  fireEvent.input(screen.getByLabelText('First name'), { target: { value: 'Nina' } });
  fireEvent.input(screen.getByLabelText('Last name'), { target: { value: 'Novak' } });
  fireEvent.click(screen.getByRole('button', { name: 'Send invitation' }));
}

describe('adding a patient from the caseload', () => {
  it('invites a patient by email and tells the caseload the record exists', async () => {
    const send = vi.fn((request: InvitationRequest) => Promise.resolve(anInvitation(request)));
    const onAdded = vi.fn();
    render(<AddPatient send={send} onAdded={onAdded} />);

    fillIn('nina@motus.example');

    expect((await screen.findByRole('status')).textContent).toContain('Invitation sent to nina@motus.example.');
    expect(send).toHaveBeenCalledWith({
      role: 'PATIENT',
      email: 'nina@motus.example',
      firstName: 'Nina',
      lastName: 'Novak',
    });
    expect(onAdded).toHaveBeenCalledWith(expect.objectContaining({ patientId: 'patient-1' }));
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe('');
  });

  it('shows an email that has an account already beside the email field', async () => {
    const taken = new ApiError(
      toProblem(
        { type: 'urn:motus:problem:conflict', title: 'Conflict', detail: 'An account with that email exists already.' },
        409,
      ),
    );
    const onAdded = vi.fn();
    render(<AddPatient send={() => Promise.reject(taken)} onAdded={onAdded} />);

    fillIn('pat@motus.example');

    const email = screen.getByLabelText('Email');
    await vi.waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(email.getAttribute('aria-describedby')!)?.textContent).toContain(
      'An account with that email exists already.',
    );
    expect((email as HTMLInputElement).value).toBe('pat@motus.example');
    expect(onAdded).not.toHaveBeenCalled();
  });

  it('puts each server violation beside its own field', async () => {
    const invalid = new ApiError(
      toProblem(
        {
          type: 'urn:motus:problem:validation',
          title: 'Invalid request',
          violations: [{ field: 'invite.request.lastName', message: 'must not be blank' }],
        },
        400,
      ),
    );
    render(<AddPatient send={() => Promise.reject(invalid)} />);

    fillIn('nina@motus.example');

    const lastName = screen.getByLabelText('Last name');
    await vi.waitFor(() => expect(lastName.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(lastName.getAttribute('aria-describedby')!)?.textContent).toContain(
      'must not be blank',
    );
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBeNull();
  });

  it('says so for the whole form when the account server is down', async () => {
    const down = new ApiError(
      toProblem({ title: 'Service unavailable', detail: 'The account server is not answering.' }, 503),
    );
    render(<AddPatient send={() => Promise.reject(down)} />);

    fillIn('nina@motus.example');

    expect((await screen.findByRole('alert')).textContent).toContain('Not sent: The account server is not answering.');
  });
});
