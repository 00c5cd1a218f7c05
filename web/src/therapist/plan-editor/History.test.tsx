import { fireEvent, render } from '@testing-library/preact';
import { expect, test } from 'vitest';
import type { Plan } from '../../api/plans.ts';
import { History } from './History.tsx';

const planId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

function aPublishedPlan(): Plan {
  return {
    id: planId,
    patientId: '0a7e0000-0000-4000-8000-000000000002',
    title: 'Home programme',
    protocolId: null,
    activeVersion: 2,
    draftVersion: null,
    createdAt: '2026-11-26T09:00:00Z',
    versions: [1, 2].map((version) => ({
      version,
      status: 'PUBLISHED' as const,
      changeNote: null,
      createdAt: '2026-11-26T09:00:00Z',
      publishedAt: '2026-11-26T10:00:00Z',
      itemCount: 3,
    })),
  };
}

function links(container: Element): string[] {
  return [...container.querySelectorAll('a[download]')].map((a) => a.getAttribute('href') ?? '');
}

test('handoutsArePrintedInThePatientsLanguageUnlessTheTherapistPicksOne', () => {
  const { container } = render(<History plan={aPublishedPlan()} />);
  const base = `/api/v1/plans/${planId}/handout.pdf`;
  // No language: the service prints in the one the patient chose.
  expect(links(container)).toEqual([`${base}?version=2`, `${base}?version=1`, base]);

  const select = container.querySelector<HTMLSelectElement>('#handout-language')!;
  expect([...select.options].map((o) => o.textContent)).toEqual([
    "The patient's language",
    'English',
    'Español',
    'Deutsch',
  ]);
  fireEvent.change(select, { target: { value: 'es' } });
  expect(links(container)).toEqual([
    `${base}?version=2&language=es`,
    `${base}?version=1&language=es`,
    `${base}?language=es`,
  ]);

  fireEvent.change(select, { target: { value: '' } });
  expect(links(container)).toEqual([`${base}?version=2`, `${base}?version=1`, base]);
});

test('withoutAPublishedVersionThereIsNothingToPrintAndNoLanguageToPick', () => {
  const plan = aPublishedPlan();
  plan.activeVersion = null;
  plan.versions = plan.versions.map((v) => ({ ...v, status: 'DRAFT' as const, publishedAt: null }));
  const { container } = render(<History plan={plan} />);
  expect(container.querySelector('#handout-language')).toBeNull();
  expect(links(container)).toEqual([]);
});
