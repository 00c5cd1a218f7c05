import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import type { Exercise } from '../api/exercises.ts';
import { NetworkError } from '../api/http.ts';
import { anExercise, deferred } from '../testing/fixtures.ts';
import { ExerciseList } from './ExerciseList.tsx';

test('showsALoadingMessageUntilTheExercisesArrive', async () => {
  const answer = deferred<Exercise[]>();
  const { container } = render(<ExerciseList load={() => answer.promise} />);
  expect(screen.getByRole('status').textContent).toBe('Loading exercises…');
  expect(container.querySelector('#exercise-list')).toBeNull();

  answer.resolve([anExercise()]);
  await waitFor(() => expect(container.querySelector('#exercise-list')).not.toBeNull());
  expect(screen.queryByRole('status')).toBeNull();
});

test('listsEachExerciseWithNamePillarAndBodyAreas', async () => {
  const exercises = [
    anExercise({
      id: 'e0000000-0000-4000-8000-000000000001',
      name: 'Hamstring stretch',
      pillar: 'STRETCHING',
      regions: ['LOW_BACK', 'HIP'],
    }),
    anExercise({ id: 'e0000000-0000-4000-8000-000000000002', name: 'Brisk walk', pillar: 'EXERCISE', regions: [] }),
    anExercise({
      id: 'e0000000-0000-4000-8000-000000000003',
      name: 'Bird-dog',
      pillar: 'RESTORATION',
      regions: ['LOW_BACK'],
    }),
  ];
  const { container } = render(<ExerciseList load={async () => exercises} />);

  const list = await waitFor(() => {
    const found = container.querySelector('ul#exercise-list');
    if (!found) throw new Error('no list yet');
    return found;
  });
  const items = list.querySelectorAll(':scope > li');
  expect(items).toHaveLength(3);
  expect(items[0]?.querySelector('h2')?.textContent).toBe('Hamstring stretch');
  expect(items[0]?.querySelector('.exercise-pillar')?.textContent).toBe('Stretching');
  expect(items[0]?.querySelector('.exercise-regions')?.textContent).toBe('Low back, Hip');
  expect(items[1]?.querySelector('.exercise-regions')?.textContent).toBe('Not stated');
  expect(items[2]?.querySelector('.exercise-pillar')?.textContent).toBe('Restoration');
});

test('saysSoWhenTheLibraryIsEmpty', async () => {
  render(<ExerciseList load={async () => []} />);
  expect(await screen.findByText('There are no exercises in the library yet.')).toBeTruthy();
});

test('aFailureIsAnnouncedAndTryAgainLoadsAgain', async () => {
  const load = vi
    .fn<(signal: AbortSignal) => Promise<Exercise[]>>()
    .mockRejectedValueOnce(new NetworkError(new TypeError('Failed to fetch')))
    .mockResolvedValueOnce([anExercise()]);
  const { container } = render(<ExerciseList load={load} />);

  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('We could not load the exercises');
  expect(alert.textContent).toContain('Check your internet connection');

  fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
  await waitFor(() => expect(container.querySelectorAll('#exercise-list > li')).toHaveLength(1));
  expect(screen.queryByRole('alert')).toBeNull();
  expect(load).toHaveBeenCalledTimes(2);
});
