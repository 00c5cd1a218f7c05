import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { PatientQuery, PatientSummary, PatientSummaryPage } from '../../api/adminPatients.ts';
import { ApiError } from '../../api/http.ts';
import { PatientsScreen, type PatientServices } from './PatientsScreen.tsx';

function aSummary(overrides: Partial<PatientSummary> = {}): PatientSummary {
  return {
    id: 'p1',
    subject: 'pat',
    displayName: 'Pat Patient',
    status: 'IN_CARE',
    dischargedAt: null,
    careTeam: ['tess'],
    createdAt: '2026-10-01T00:00:00Z',
    ...overrides,
  };
}

function services(overrides: Partial<PatientServices> = {}): PatientServices {
  return {
    list: () =>
      Promise.resolve({
        items: [aSummary(), aSummary({ id: 'p2', displayName: 'Paula Other', status: 'DISCHARGED' })],
        next: null,
      }),
    therapists: () => Promise.resolve([]),
    invite: () => Promise.resolve({}),
    rename: () => Promise.resolve({}),
    discharge: () => Promise.resolve({}),
    reactivate: () => Promise.resolve({}),
    assign: () => Promise.resolve({}),
    transfer: () => Promise.resolve({}),
    ...overrides,
  };
}

describe('the patients screen', () => {
  it('finds patients by name and status and shows no clinical data', async () => {
    const list = vi.fn<(query: PatientQuery) => Promise<PatientSummaryPage>>(() =>
      Promise.resolve({ items: [aSummary()], next: null }),
    );
    const { container } = render(<PatientsScreen services={services({ list })} />);
    await screen.findByText('Pat Patient');
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'pat' } });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'IN_CARE' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Search' }).closest('form')!);
    await waitFor(() => expect(list).toHaveBeenLastCalledWith({ query: 'pat', status: 'IN_CARE', cursor: null }));
    expect(container.querySelector('[data-patient-id="p1"]')?.textContent).toContain('1 therapist');
  });

  it('renames, discharges with a note and reactivates through their endpoints', async () => {
    const rename = vi.fn(() => Promise.resolve({}));
    const discharge = vi.fn(() => Promise.resolve({}));
    const reactivate = vi.fn(() => Promise.resolve({}));
    render(<PatientsScreen services={services({ rename, discharge, reactivate })} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Rename Pat Patient' }));
    fireEvent.input(screen.getByLabelText('New name'), { target: { value: 'Patricia Patient ' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Save name' }).closest('form')!);
    await waitFor(() => expect(rename).toHaveBeenCalledWith('p1', 'Patricia Patient'));

    fireEvent.click(await screen.findByRole('button', { name: 'Discharge Pat Patient' }));
    fireEvent.input(screen.getByLabelText('Discharge note (optional)'), { target: { value: 'Goals met.' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Confirm discharge' }).closest('form')!);
    await waitFor(() => expect(discharge).toHaveBeenCalledWith('p1', 'Goals met.'));

    fireEvent.click(await screen.findByRole('button', { name: 'Reactivate Paula Other' }));
    await waitFor(() => expect(reactivate).toHaveBeenCalledWith('p2'));
  });

  it('shows the server’s problem beside the name it refused', async () => {
    const rename = vi.fn(() =>
      Promise.reject(
        new ApiError({
          type: 'urn:motus:problem:validation',
          title: 'Bad Request',
          status: 400,
          detail: 'The request has 1 invalid field(s).',
          extensions: {
            violations: [{ field: 'editDetails.request.displayName', message: 'size must be between 0 and 200' }],
          },
        }),
      ),
    );
    render(<PatientsScreen services={services({ rename })} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Rename Pat Patient' }));
    fireEvent.submit(screen.getByRole('button', { name: 'Save name' }).closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toBe('size must be between 0 and 200');
    expect(screen.getByLabelText('New name').closest('label')?.nextElementSibling?.textContent).toBe(
      'size must be between 0 and 200',
    );
  });

  it('invites a new patient only as a patient', async () => {
    const invite = vi.fn(() => Promise.resolve({}));
    render(<PatientsScreen services={services({ invite })} />);
    await screen.findByText('Pat Patient');
    fireEvent.input(screen.getByLabelText('Email'), { target: { value: 'nina@example.org' } });
    fireEvent.input(screen.getByLabelText('First name'), { target: { value: 'Nina' } });
    fireEvent.input(screen.getByLabelText('Last name'), { target: { value: 'New' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Send invitation' }).closest('form')!);
    await waitFor(() =>
      expect(invite).toHaveBeenCalledWith({
        role: 'PATIENT',
        email: 'nina@example.org',
        firstName: 'Nina',
        lastName: 'New',
      }),
    );
  });
});
