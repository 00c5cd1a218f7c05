import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { DischargedRecord, DischargeRequest } from '../../api/discharge.ts';
import { ApiError } from '../../api/http.ts';
import { toProblem } from '../../api/problem.ts';
import { DischargePanel } from './DischargePanel.tsx';

const discharged = { id: 'p-1', discharge: { dischargedAt: '2026-12-04T10:00:00Z', dischargedBy: 'tess', note: null } };

function openAndWrite(note: string) {
  fireEvent.click(screen.getByRole('button', { name: 'Discharge this patient…' }));
  fireEvent.input(screen.getByLabelText(/Note/), { target: { value: note } });
  fireEvent.click(screen.getByRole('button', { name: 'Discharge' }));
}

describe('discharging from the patient page', () => {
  it('sends the note after a second click and hands the discharged record to the page', async () => {
    const send = vi.fn((_id: string, _request: DischargeRequest) =>
      Promise.resolve(discharged as unknown as DischargedRecord),
    );
    const onDischarged = vi.fn();
    render(<DischargePanel patientId="p-1" discharge={null} onDischarged={onDischarged} send={send} />);

    openAndWrite('  Goals met, self-managing.  ');

    await vi.waitFor(() => expect(onDischarged).toHaveBeenCalledWith(discharged));
    expect(send).toHaveBeenCalledWith('p-1', { note: 'Goals met, self-managing.' });
  });

  it('sends no note as null rather than an empty string', async () => {
    const send = vi.fn((_id: string, _request: DischargeRequest) =>
      Promise.resolve(discharged as unknown as DischargedRecord),
    );
    render(<DischargePanel patientId="p-1" discharge={null} onDischarged={() => {}} send={send} />);

    openAndWrite('   ');

    await vi.waitFor(() => expect(send).toHaveBeenCalledWith('p-1', { note: null }));
  });

  it('shows a note the server refuses beside the note, and a 409 for the whole form', async () => {
    const tooLong = new ApiError(
      toProblem(
        {
          title: 'Invalid request',
          violations: [{ field: 'discharge.request.note', message: 'size must be <= 2000' }],
        },
        400,
      ),
    );
    const { unmount } = render(
      <DischargePanel patientId="p-1" discharge={null} onDischarged={() => {}} send={() => Promise.reject(tooLong)} />,
    );
    openAndWrite('x');
    const note = screen.getByLabelText(/Note/);
    await vi.waitFor(() => expect(note.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(note.getAttribute('aria-describedby')!)?.textContent).toBe('size must be <= 2000');
    unmount();

    const already = new ApiError(toProblem({ title: 'Conflict', detail: 'The patient was discharged already.' }, 409));
    render(
      <DischargePanel patientId="p-1" discharge={null} onDischarged={() => {}} send={() => Promise.reject(already)} />,
    );
    openAndWrite('x');
    expect((await screen.findByRole('alert')).textContent).toBe('Not discharged: The patient was discharged already.');
  });

  it('says when a discharged patient left care and offers no second discharge', () => {
    render(
      <DischargePanel
        patientId="p-1"
        discharge={{ dischargedAt: '2026-12-04T10:00:00Z', dischargedBy: 'tess', note: 'Moved away.' }}
        onDischarged={() => {}}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Discharged' })).toBeTruthy();
    expect(document.querySelector('[data-field="discharged"]')?.textContent).toContain('Note: Moved away.');
    expect(screen.queryByRole('button', { name: /Discharge/ })).toBeNull();
    const summary = screen.getByRole('link', { name: 'Discharge summary (PDF)' });
    expect(summary.getAttribute('href')).toBe('/api/v1/discharge-summaries/p-1');
  });

  it('offers the summary of care so far while the patient is still in care', () => {
    render(<DischargePanel patientId="p 2" discharge={null} onDischarged={() => {}} />);
    const summary = screen.getByRole('link', { name: 'Summary of care so far (PDF)' });
    expect(summary.getAttribute('href')).toBe('/api/v1/discharge-summaries/p%202');
  });
});
