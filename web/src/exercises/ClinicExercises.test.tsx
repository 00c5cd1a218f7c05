import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import { anExercise, jsonResponse } from '../testing/fixtures.ts';
import { ExerciseList } from './ExerciseList.tsx';

const clinic = anExercise({
  id: 'c1',
  slug: 'clinic-bridge',
  name: 'Clinic bridge',
  pillar: 'EXERCISE',
  kind: 'STRENGTH',
  builtIn: false,
  madeBy: 'Tess Therapist',
  demonstration: {
    illustrationUrl: null,
    mediaUrl: null,
    upload: { url: '/api/v1/exercises/c1/media', contentType: 'video/webm', sizeBytes: 220_000 },
  },
});

test('aTherapistSeesWhoMadeEachExerciseAndTheClinicsVideo', async () => {
  const { container } = render(<ExerciseList editable load={async () => [anExercise(), clinic]} />);
  await waitFor(() => expect(container.querySelectorAll('#exercise-list > li')).toHaveLength(2));
  const made = [...container.querySelectorAll('.exercise-made-by')].map((e) => e.textContent);
  expect(made).toEqual(['Motus library', 'Tess Therapist']);
  const video = container.querySelector('video[data-exercise-video="c1"]');
  expect(video?.getAttribute('src')).toBe('/api/v1/exercises/c1/media#t=0.1');
  expect(container.querySelectorAll('video')).toHaveLength(1);
  expect(container.querySelector('#upload-c1')).not.toBeNull();
  expect(container.querySelector(`#upload-${anExercise().id}`)).toBeNull();
});

test('aTherapistAddsAClinicExerciseFromTheScreen', async () => {
  const sent: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async (url, init) => {
      if (String(url) === '/api/v1/exercises/regions') return jsonResponse(['knee', 'low-back']);
      if (String(url) === '/api/v1/illustrations') return jsonResponse(['bridge', 'wall-sit']);
      if (String(url) === '/api/v1/exercises' && init?.method === 'POST') {
        sent.push(JSON.parse(String(init.body)));
        return jsonResponse(clinic, 201);
      }
      return jsonResponse([]);
    }),
  );
  render(<ExerciseList editable load={async () => []} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Add a clinic exercise' }));
  fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Wall sit' } });
  fireEvent.click(await screen.findByRole('checkbox', { name: 'Knee' }));
  await screen.findByRole('option', { name: 'Wall sit' });
  fireEvent.change(screen.getByLabelText(/^Drawing/), { target: { value: 'wall-sit' } });
  fireEvent.input(screen.getByLabelText(/Instructions, one step a line/), {
    target: { value: 'Lean on a wall.\nSlide down.' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Add to the library' }));
  await waitFor(() => expect(sent).toHaveLength(1));
  expect(sent[0]).toMatchObject({
    slug: 'wall-sit',
    name: 'Wall sit',
    regions: ['knee'],
    illustration: 'wall-sit',
    instructions: ['Lean on a wall.', 'Slide down.'],
  });
});

test('anUploadSendsTheFileWithItsOwnType', async () => {
  const uploads: { type: string | null; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(async (url, init) => {
      if (String(url) === '/api/v1/exercises/c1/media' && init?.method === 'PUT') {
        uploads.push({ type: new Headers(init.headers).get('Content-Type'), body: init.body });
        return jsonResponse(clinic);
      }
      return jsonResponse([]);
    }),
  );
  const { container } = render(<ExerciseList editable load={async () => [clinic]} />);
  await waitFor(() => expect(container.querySelector('#upload-c1-file')).not.toBeNull());
  const file = new File([new Uint8Array([0x1a, 0x45, 0xdf, 0xa3])], 'demo.webm', { type: 'video/webm' });
  fireEvent.change(container.querySelector('#upload-c1-file')!, { target: { files: [file] } });
  fireEvent.click(screen.getByRole('button', { name: 'Upload' }));
  await waitFor(() => expect(uploads).toHaveLength(1));
  expect(uploads[0]?.type).toBe('video/webm');
  expect(uploads[0]?.body).toBe(file);
  expect(await screen.findByText('Demonstration saved.')).toBeTruthy();
});
