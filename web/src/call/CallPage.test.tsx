import { render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { App } from '../app.tsx';
import { aVisit } from '../testing/callFixtures.ts';
import { aPatient, jsonResponse, problemResponse } from '../testing/fixtures.ts';
import type { Visit } from '../api/visits.ts';

function gateway(visit: Visit) {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async (input) => {
      const path = String(input);
      if (path === '/api/v1/me') return jsonResponse(aPatient());
      if (path === `/api/v1/visits/${visit.id}`) return jsonResponse(visit);
      return problemResponse(404, 'Not Found');
    }),
  );
}

function media(getUserMedia: (c: MediaStreamConstraints) => Promise<MediaStream>) {
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: { getUserMedia, enumerateDevices: async () => [] },
  });
}

beforeEach(() => window.history.replaceState({}, '', `/visits/${aVisit().id}/call`));
afterEach(() => window.history.replaceState({}, '', '/'));

test('theCallPathOpensTheCallScreenWithWhomAndAJoinButton', async () => {
  gateway(aVisit());
  media(
    async () => ({ getTracks: () => [], getVideoTracks: () => [], getAudioTracks: () => [] }) as unknown as MediaStream,
  );
  render(<App />);
  expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Video visit with Tess Therapist');
  await waitFor(() =>
    expect(screen.getByRole('button', { name: 'Join the visit' }).hasAttribute('disabled')).toBe(false),
  );
  expect(document.getElementById('call')?.dataset.phase).toBe('lobby');
  // Join sits in the sticky bar, so it is never below the fold (call.css).
  expect(screen.getByRole('button', { name: 'Join the visit' }).parentElement?.classList.contains('call-join')).toBe(
    true,
  );
});

test('aRefusedCameraIsExplainedAndThePatientMayStillJoinToSeeAndHear', async () => {
  gateway(aVisit());
  media(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
  render(<App />);
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('Motus may not use your camera and microphone');
  expect(screen.getByRole('button', { name: 'Try camera and microphone again' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Join the visit' }).hasAttribute('disabled')).toBe(false);
});

test('beforeTheWaitingRoomOpensJoinIsDisabledAndSaysWhen', async () => {
  gateway(aVisit({ joinableNow: false }));
  media(() => Promise.reject(new DOMException('none', 'NotFoundError')));
  render(<App />);
  expect((await screen.findByRole('status')).textContent).toBe('The waiting room opens 10 minutes before the start.');
  await waitFor(() =>
    expect(screen.getByRole('button', { name: 'Join the visit' }).hasAttribute('disabled')).toBe(true),
  );
});
