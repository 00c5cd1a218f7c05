import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { PatientSummary, TransferRequest } from '../../api/adminPatients.ts';
import type { StaffAccount } from '../../api/adminStaff.ts';
import { ApiError } from '../../api/http.ts';
import { CareTeamPanel } from './CareTeamPanel.tsx';

const therapist = (subject: string, firstName: string): StaffAccount => ({
  subject,
  email: `${subject}@example.org`,
  firstName,
  lastName: 'T',
  enabled: true,
  pendingActions: [],
  roles: ['THERAPIST'],
});

const pat: PatientSummary = {
  id: 'p1',
  subject: 'pat',
  displayName: 'Pat Patient',
  status: 'IN_CARE',
  dischargedAt: null,
  careTeam: ['tess'],
  createdAt: '2026-10-01T00:00:00Z',
};

const therapists = [therapist('tess', 'Tess'), therapist('theo', 'Theo')];

describe('the care team panel', () => {
  it('assigns a therapist who is not on the team yet', async () => {
    const assign = vi.fn(() => Promise.resolve({}));
    const onChanged = vi.fn();
    render(
      <CareTeamPanel
        patient={pat}
        therapists={therapists}
        services={{ assign, transfer: vi.fn() }}
        onChanged={onChanged}
      />,
    );
    expect(screen.getByRole('listitem').textContent).toBe('Tess T');
    const options = [...(screen.getByLabelText('Therapist to add') as HTMLSelectElement).options].map((o) => o.value);
    expect(options).toEqual(['', 'theo']);
    fireEvent.change(screen.getByLabelText('Therapist to add'), { target: { value: 'theo' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Assign' }).closest('form')!);
    await waitFor(() => expect(assign).toHaveBeenCalledWith('p1', 'theo'));
    expect((await screen.findByRole('status')).textContent).toBe('Theo T is on the care team.');
    expect(onChanged).toHaveBeenCalled();
  });

  it('transfers with a note, and shows the server’s problem beside the note', async () => {
    const transfer = vi
      .fn<(patientId: string, transfer: TransferRequest) => Promise<unknown>>()
      .mockRejectedValueOnce(
        new ApiError({
          type: 'urn:motus:problem:validation',
          title: 'Bad Request',
          status: 400,
          detail: 'The request has 1 invalid field(s).',
          extensions: { violations: [{ field: 'transfer.request.note', message: 'must not be blank' }] },
        }),
      )
      .mockResolvedValueOnce({});
    render(
      <CareTeamPanel
        patient={pat}
        therapists={therapists}
        services={{ assign: vi.fn(), transfer }}
        onChanged={vi.fn()}
      />,
    );
    fireEvent.change(screen.getByLabelText('To'), { target: { value: 'theo' } });
    fireEvent.input(screen.getByLabelText('Note for the new therapist'), { target: { value: ' ' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Transfer' }).closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toBe('must not be blank');
    expect(screen.getByLabelText('Note for the new therapist').closest('label')?.nextElementSibling?.textContent).toBe(
      'must not be blank',
    );
    fireEvent.input(screen.getByLabelText('Note for the new therapist'), { target: { value: 'Leave from December.' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Transfer' }).closest('form')!);
    await waitFor(() =>
      expect(transfer).toHaveBeenLastCalledWith('p1', {
        fromTherapistSubject: 'tess',
        toTherapistSubject: 'theo',
        note: 'Leave from December.',
      }),
    );
    expect((await screen.findByRole('status')).textContent).toBe('Pat Patient moved from Tess T to Theo T.');
  });
});
