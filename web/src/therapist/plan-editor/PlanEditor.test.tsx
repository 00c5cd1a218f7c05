import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '../../api/plans.ts';
import { aPatientRecord, jsonResponse } from '../../testing/fixtures.ts';
import { aDraftVersion, aProtocol, aWarning } from '../../testing/therapistFixtures.ts';
import { PlanEditorScreen } from './PlanEditor.tsx';

const patientId = '0a7e0000-0000-4000-8000-000000000003';
const planId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const protocol = aProtocol();

function aPlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: planId,
    patientId,
    title: 'Home programme',
    protocolId: protocol.id,
    activeVersion: null,
    draftVersion: 1,
    createdAt: '2026-11-26T09:00:00Z',
    versions: [
      {
        version: 1,
        status: 'DRAFT',
        changeNote: null,
        createdAt: '2026-11-26T09:00:00Z',
        publishedAt: null,
        itemCount: 1,
      },
    ],
    ...overrides,
  };
}

const stretchItem = {
  id: 'i1',
  position: 1,
  section: 'Daily core routine',
  exerciseId: protocol.items[0]!.exerciseId,
  exerciseName: 'Hamstring stretch',
  pillar: 'STRETCHING' as const,
  dosage: { sets: 2, holdSeconds: 25, daysPerWeek: 7 },
};

type Answer = (init: RequestInit | undefined) => Response;

function serve(routes: Record<string, Answer>) {
  const calls: { key: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = String(input).replace(/\?.*$/, '');
      const key = `${init?.method ?? 'GET'} ${path}`;
      calls.push({ key, body: init?.body ? JSON.parse(String(init.body)) : undefined });
      const answer = routes[key];
      if (!answer) return jsonResponse({ title: `no route ${key}` }, 404);
      return answer(init);
    }),
  );
  return calls;
}

function renderEditor() {
  history.replaceState(null, '', `/patients/${patientId}/plan`);
  return render(
    <LocationProvider>
      <Router>{[<Route key="plan" path="/patients/:id/plan" component={PlanEditorScreen} />]}</Router>
    </LocationProvider>,
  );
}

describe('the plan editor', () => {
  beforeEach(() => {
    history.replaceState(null, '', '/');
  });

  it('shows the saved draft warnings inline and publishes despite a warning', async () => {
    const draft = aDraftVersion({ items: [stretchItem], warnings: [aWarning()] });
    const calls = serve({
      'GET /api/v1/plans': () => jsonResponse([aPlan()]),
      'GET /api/v1/protocols': () => jsonResponse([protocol]),
      [`GET /api/v1/plans/${planId}/draft`]: () => jsonResponse(draft),
      [`POST /api/v1/plans/${planId}/draft/publish`]: () =>
        jsonResponse({ ...draft, status: 'PUBLISHED', active: true, publishedAt: '2026-11-26T10:00:00Z' }),
      [`GET /api/v1/plans/${planId}`]: () => jsonResponse(aPlan({ activeVersion: 1, draftVersion: null })),
      [`GET /api/v1/plans/${planId}/progression`]: () =>
        jsonResponse({ title: 'Conflict', detail: 'the week is not over yet' }, 409),
    });
    renderEditor();

    expect(
      await screen.findByText('Warning: Hold (seconds): static stretches are usually held 30-60 s; this is 25 s'),
    ).toBeTruthy();
    const publish = screen.getByRole('button', { name: 'Publish to the patient' }) as HTMLButtonElement;
    expect(publish.disabled).toBe(false);
    fireEvent.click(publish);

    await waitFor(() => expect(document.getElementById('plan-status')!.textContent).toContain('Version 1 published'));
    expect(calls.map((c) => c.key)).toContain(`POST /api/v1/plans/${planId}/draft/publish`);
    expect(calls.map((c) => c.key)).not.toContain(`PUT /api/v1/plans/${planId}/draft`);
  });

  it('blocks publishing after a save the service refused, until an item changes', async () => {
    const calls = serve({
      'GET /api/v1/plans': () => jsonResponse([aPlan()]),
      'GET /api/v1/protocols': () => jsonResponse([protocol]),
      [`GET /api/v1/plans/${planId}/draft`]: () => jsonResponse(aDraftVersion({ items: [stretchItem] })),
      [`PUT /api/v1/plans/${planId}/draft`]: () =>
        jsonResponse(
          {
            type: 'urn:motus:problem:validation',
            title: 'Invalid request',
            status: 400,
            detail: 'The plan has 1 impossible dosage value(s).',
            violations: [{ field: 'items[0].dosage.holdSeconds', message: 'must be between 1 and 600' }],
          },
          400,
        ),
    });
    renderEditor();
    const hold = (await screen.findByLabelText('Hold (seconds)')) as HTMLInputElement;
    fireEvent.input(hold, { target: { value: '900' } });

    fireEvent.click(screen.getByRole('button', { name: 'Save draft and check dosages' }));
    expect(await screen.findByText('Error: Hold (seconds): must be between 1 and 600')).toBeTruthy();
    expect(calls.find((c) => c.key.startsWith('PUT'))!.body).toEqual({
      items: [
        {
          exerciseId: stretchItem.exerciseId,
          section: 'Daily core routine',
          dosage: { sets: 2, holdSeconds: 900, daysPerWeek: 7 },
        },
      ],
    });
    const publish = screen.getByRole('button', { name: 'Publish to the patient' }) as HTMLButtonElement;
    expect(publish.disabled).toBe(true);
    expect(screen.getByText('Publishing is blocked: fix the errors marked on the items first.')).toBeTruthy();
    expect(hold.getAttribute('aria-invalid')).toBe('true');

    fireEvent.input(hold, { target: { value: '45' } });
    expect(publish.disabled).toBe(false);
  });

  it('starts a new plan from the chosen protocol', async () => {
    let created = false;
    const calls = serve({
      'GET /api/v1/plans': () => jsonResponse(created ? [aPlan()] : []),
      'GET /api/v1/protocols': () => jsonResponse([protocol]),
      'POST /api/v1/plans': () => {
        created = true;
        return jsonResponse(aPlan(), 201);
      },
      [`GET /api/v1/plans/${planId}/draft`]: () => jsonResponse(aDraftVersion({ items: [stretchItem] })),
    });
    renderEditor();
    fireEvent.click(await screen.findByRole('radio', { name: /Low back pain/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Create plan' }));

    expect(await screen.findByRole('heading', { name: /Hamstring stretch/ })).toBeTruthy();
    expect(calls.find((c) => c.key === 'POST /api/v1/plans')!.body).toEqual({
      patientId,
      title: 'Home programme',
      protocolId: protocol.id,
    });
  });

  it('asks for a reason for a higher load and sends it on publish as loadIncreaseReasons', async () => {
    const loadItem = {
      ...stretchItem,
      id: 'i2',
      exerciseId: 'e-squat',
      exerciseName: 'Sit to stand',
      pillar: 'EXERCISE' as const,
      kind: 'STRENGTH' as const,
      dosage: { sets: 3, reps: 10, loadKg: 8 },
    };
    const draft = aDraftVersion({
      items: [stretchItem, loadItem],
      warnings: [
        aWarning({
          field: 'items[1].dosage.loadKg',
          code: 'LOAD_INCREASE_NEEDS_REASON',
          message: '8 kg is more than 10 % above 5 kg in version 1',
        }),
      ],
      heartRateTargets: { computable: false, reason: 'No date of birth: heart-rate targets cannot be computed' },
      activeVersionFindings: [
        {
          field: 'items[0].dosage.targetZoneHighPercent',
          severity: 'CONTRAINDICATED',
          code: 'ZONE_ABOVE_FIBROMYALGIA_CAP',
          message: 'above 80 % of max with fibromyalgia',
        },
      ],
    });
    const calls = serve({
      'GET /api/v1/plans': () => jsonResponse([aPlan()]),
      'GET /api/v1/protocols': () => jsonResponse([protocol]),
      [`GET /api/v1/plans/${planId}/draft`]: () => jsonResponse(draft),
      [`POST /api/v1/plans/${planId}/draft/publish`]: () =>
        jsonResponse({ ...draft, status: 'PUBLISHED', active: true }),
      [`GET /api/v1/plans/${planId}`]: () => jsonResponse(aPlan({ activeVersion: 1, draftVersion: null })),
    });
    const { container } = renderEditor();

    expect((await screen.findByText('No date of birth: heart-rate targets cannot be computed')).id).toBe(
      'heart-rate-targets',
    );
    expect(container.querySelector('#active-version-findings')?.textContent).toContain(
      'above 80 % of max with fibromyalgia',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Publish to the patient' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'give a reason for the higher load of Sit to stand',
    );
    expect(calls.map((c) => c.key)).not.toContain(`POST /api/v1/plans/${planId}/draft/publish`);

    fireEvent.input(screen.getByLabelText('Why the higher load? (required to publish)'), {
      target: { value: 'Managed 5 kg easily for 3 weeks' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Publish to the patient' }));
    await waitFor(() => expect(calls.map((c) => c.key)).toContain(`POST /api/v1/plans/${planId}/draft/publish`));
    expect(calls.find((c) => c.key.startsWith('POST') && c.key.endsWith('/publish'))!.body).toEqual({
      loadIncreaseReasons: { 'items[1]': 'Managed 5 kg easily for 3 weeks' },
    });
  });

  it('shows a refused publish inline under the field it names', async () => {
    const draft = aDraftVersion({ items: [stretchItem] });
    serve({
      'GET /api/v1/plans': () => jsonResponse([aPlan()]),
      'GET /api/v1/protocols': () => jsonResponse([protocol]),
      [`GET /api/v1/plans/${planId}/draft`]: () => jsonResponse(draft),
      [`POST /api/v1/plans/${planId}/draft/publish`]: () =>
        jsonResponse(
          {
            title: 'Unprocessable',
            status: 422,
            detail: 'Contraindicated.',
            violations: [{ field: 'items[0].dosage.holdSeconds', code: 'X', message: 'not for this patient' }],
          },
          422,
        ),
    });
    const { container } = renderEditor();
    fireEvent.click(await screen.findByRole('button', { name: 'Publish to the patient' }));
    await waitFor(() =>
      expect(container.querySelector('[data-field-findings="holdSeconds"]')?.textContent).toBe(
        'Not allowed: Hold (seconds): not for this patient',
      ),
    );
    expect(
      screen
        .getAllByRole('alert')
        .map((a) => a.textContent)
        .join(' '),
    ).toContain('Not published: Contraindicated.');
  });

  it('warns when an exercise contraindicated for the patient is added, and shows contraindications in the library', async () => {
    const fibro = {
      id: 'e-hiit',
      slug: 'hiit',
      name: 'Interval sprints',
      pillar: 'EXERCISE' as const,
      kind: 'AEROBIC' as const,
      regions: [],
      instructions: [],
      defaultDosage: { durationMinutes: 10 },
      builtIn: true,
      contraindicatedConditions: ['FIBROMYALGIA'],
    };
    serve({
      'GET /api/v1/plans': () => jsonResponse([aPlan()]),
      'GET /api/v1/protocols': () => jsonResponse([protocol]),
      [`GET /api/v1/plans/${planId}/draft`]: () => jsonResponse(aDraftVersion({ items: [stretchItem] })),
      [`GET /api/v1/patients/${patientId}`]: () =>
        jsonResponse(aPatientRecord({ id: patientId, conditions: ['FIBROMYALGIA'] })),
      'GET /api/v1/exercises': () => jsonResponse([fibro]),
      'GET /api/v1/exercises/regions': () => jsonResponse([]),
    });
    const { container } = renderEditor();
    const result = await waitFor(() => {
      const li = container.querySelector('[data-library-exercise="e-hiit"]');
      if (!li) throw new Error('no result yet');
      return li;
    });
    expect(result.querySelector('[data-field="contraindications"]')?.textContent).toContain(
      'Contraindicated for: Fibromyalgia (this patient has Fibromyalgia)',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add Interval sprints to the plan' }));
    await waitFor(() =>
      expect(container.querySelector('[data-editor-item="e-hiit"] .findings')?.textContent).toBe(
        'Warning: this exercise is contraindicated for Fibromyalgia, which this patient has',
      ),
    );
  });

  it('adds a library exercise to the section its type fits, not to the last item section', async () => {
    const walkItem = {
      id: 'i2',
      position: 2,
      section: 'Walking',
      exerciseId: 'e-walk',
      exerciseName: 'Brisk walk',
      pillar: 'EXERCISE' as const,
      kind: 'AEROBIC' as const,
      dosage: { durationMinutes: 30 },
    };
    const calf = {
      id: 'e-calf',
      slug: 'calf-stretch',
      name: 'Calf stretch',
      pillar: 'STRETCHING' as const,
      regions: [],
      instructions: [],
      defaultDosage: { sets: 2, holdSeconds: 30 },
      builtIn: true,
      contraindicatedConditions: [],
    };
    const calls = serve({
      'GET /api/v1/plans': () => jsonResponse([aPlan()]),
      'GET /api/v1/protocols': () => jsonResponse([protocol]),
      [`GET /api/v1/plans/${planId}/draft`]: () => jsonResponse(aDraftVersion({ items: [stretchItem, walkItem] })),
      'GET /api/v1/exercises': () => jsonResponse([calf]),
      'GET /api/v1/exercises/regions': () => jsonResponse([]),
      [`PUT /api/v1/plans/${planId}/draft`]: () => jsonResponse(aDraftVersion({ items: [stretchItem, walkItem] })),
      [`GET /api/v1/plans/${planId}`]: () => jsonResponse(aPlan()),
    });
    const { container } = renderEditor();
    fireEvent.click(await screen.findByRole('button', { name: 'Add Calf stretch to the plan' }));
    await waitFor(() => expect(container.querySelectorAll('#plan-items > li')).toHaveLength(3));
    expect(
      [...container.querySelectorAll('#plan-items > li')].map((li) => li.getAttribute('data-editor-item')),
    ).toEqual([stretchItem.exerciseId, 'e-calf', 'e-walk']);
    expect(container.querySelector('#plan-status')?.textContent).toBe(
      'Calf stretch added as item 2, in the section Daily core routine.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save draft and check dosages' }));
    await waitFor(() => expect(calls.some((c) => c.key === `PUT /api/v1/plans/${planId}/draft`)).toBe(true));
    const body = calls.find((c) => c.key === `PUT /api/v1/plans/${planId}/draft`)!.body as {
      items: { exerciseId: string; section?: string }[];
    };
    expect(body.items[1]).toMatchObject({ exerciseId: 'e-calf', section: 'Daily core routine' });
  });

  it('adds a library exercise to the section the therapist picks', async () => {
    const walkItem = {
      id: 'i2',
      position: 2,
      section: 'Walking',
      exerciseId: 'e-walk',
      exerciseName: 'Brisk walk',
      pillar: 'EXERCISE' as const,
      kind: 'AEROBIC' as const,
      dosage: { durationMinutes: 30 },
    };
    const calf = {
      id: 'e-calf',
      slug: 'calf-stretch',
      name: 'Calf stretch',
      pillar: 'STRETCHING' as const,
      regions: [],
      instructions: [],
      defaultDosage: { sets: 2, holdSeconds: 30 },
      builtIn: true,
      contraindicatedConditions: [],
    };
    serve({
      'GET /api/v1/plans': () => jsonResponse([aPlan()]),
      'GET /api/v1/protocols': () => jsonResponse([protocol]),
      [`GET /api/v1/plans/${planId}/draft`]: () => jsonResponse(aDraftVersion({ items: [stretchItem, walkItem] })),
      'GET /api/v1/exercises': () => jsonResponse([calf]),
      'GET /api/v1/exercises/regions': () => jsonResponse([]),
    });
    const { container } = renderEditor();
    const addButton = await screen.findByRole('button', { name: 'Add Calf stretch to the plan' });
    fireEvent.change(screen.getByLabelText('Add to the section'), { target: { value: 'Walking' } });
    fireEvent.click(addButton);
    await waitFor(() => expect(container.querySelectorAll('#plan-items > li')).toHaveLength(3));
    const last = container.querySelectorAll('#plan-items > li')[2]!;
    expect(last.getAttribute('data-editor-item')).toBe('e-calf');
    expect((last.querySelector('input[id$="-section"]') as HTMLInputElement).value).toBe('Walking');
  });

  it('saves with Ctrl+S, moves the focused item with Alt+arrows and lists its shortcuts', async () => {
    const bridge = { ...stretchItem, id: 'i2', position: 2, exerciseId: 'b2', exerciseName: 'Glute bridge' };
    const calls = serve({
      'GET /api/v1/plans': () => jsonResponse([aPlan()]),
      'GET /api/v1/protocols': () => jsonResponse([protocol]),
      'GET /api/v1/caseload': () => jsonResponse([]),
      [`GET /api/v1/plans/${planId}/draft`]: () => jsonResponse(aDraftVersion({ items: [stretchItem, bridge] })),
      [`PUT /api/v1/plans/${planId}/draft`]: () => jsonResponse(aDraftVersion({ items: [bridge, stretchItem] })),
      [`GET /api/v1/plans/${planId}`]: () => jsonResponse(aPlan()),
    });
    renderEditor();
    await screen.findByText('Glute bridge');
    const first = document.querySelector('[data-editor-index="0"] input') as HTMLInputElement;
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown', altKey: true });
    await waitFor(() =>
      expect(document.getElementById('plan-status')!.textContent).toBe('Hamstring stretch moved to place 2 of 2.'),
    );

    fireEvent.keyDown(document, { key: 's', ctrlKey: true });
    await waitFor(() => expect(calls.filter((c) => c.key === `PUT /api/v1/plans/${planId}/draft`)).toHaveLength(1));
    const put = calls.find((c) => c.key.startsWith('PUT'))!.body as { items: { exerciseId: string }[] };
    expect(put.items.map((i) => i.exerciseId)).toEqual(['b2', stretchItem.exerciseId]);

    expect((document.querySelector('details.shortcuts') as HTMLDetailsElement).open).toBe(false);
    // In a text field, ? and / are typed, not commands.
    fireEvent.keyDown(document, { key: '?' });
    expect((document.querySelector('details.shortcuts') as HTMLDetailsElement).open).toBe(false);
    (document.activeElement as HTMLElement).blur();
    fireEvent.keyDown(document, { key: '?' });
    await waitFor(() => expect((document.querySelector('details.shortcuts') as HTMLDetailsElement).open).toBe(true));
    fireEvent.keyDown(document, { key: '/' });
    expect(document.activeElement?.id).toBe('library-text');
  });

  it('copies the plan to another patient of the caseload and saves it as a clinic template', async () => {
    const other = '0a7e0000-0000-4000-8000-0000000000aa';
    const calls = serve({
      'GET /api/v1/plans': () => jsonResponse([aPlan()]),
      'GET /api/v1/protocols': () => jsonResponse([protocol]),
      'GET /api/v1/caseload': () =>
        jsonResponse([
          { patientId, displayName: 'Pat Patient' },
          { patientId: other, displayName: 'Paula Patient' },
        ]),
      [`GET /api/v1/plans/${planId}/draft`]: () => jsonResponse(aDraftVersion({ items: [stretchItem] })),
      'POST /api/v1/plans': () => jsonResponse(aDraftVersion({ items: [stretchItem] }), 201),
      'POST /api/v1/protocols': () =>
        jsonResponse({ ...protocol, id: 'tpl-1', name: 'Desk workers', clinicTemplate: true, madeBy: 'Tess' }, 201),
    });
    renderEditor();
    const target = (await screen.findByLabelText('Copy to another patient (as their draft)')) as HTMLSelectElement;
    await waitFor(() => expect(target.options.length).toBe(2));
    expect([...target.options].map((o) => o.textContent)).toEqual(['Choose a patient', 'Paula Patient']);
    fireEvent.change(target, { target: { value: other } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy the plan' }));
    await waitFor(() => expect(location.pathname).toBe(`/patients/${other}/plan`));
    expect(calls.find((c) => c.key === 'POST /api/v1/plans')!.body).toEqual({
      patientId: other,
      title: 'Home programme',
      copyFromPlanId: planId,
    });
  });

  it('saves the plan as a clinic template under the name given', async () => {
    const calls = serve({
      'GET /api/v1/plans': () => jsonResponse([aPlan()]),
      'GET /api/v1/protocols': () => jsonResponse([protocol]),
      'GET /api/v1/caseload': () => jsonResponse([]),
      [`GET /api/v1/plans/${planId}/draft`]: () => jsonResponse(aDraftVersion({ items: [stretchItem] })),
      'POST /api/v1/protocols': () =>
        jsonResponse({ ...protocol, id: 'tpl-1', name: 'Desk workers', clinicTemplate: true, madeBy: 'Tess' }, 201),
    });
    renderEditor();
    const name = (await screen.findByLabelText('Template name')) as HTMLInputElement;
    expect(name.value).toBe('Home programme');
    fireEvent.input(name, { target: { value: 'Desk workers' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save as a clinic template' }));
    expect(
      await screen.findByText('Saved as the clinic template “Desk workers”: every therapist can start a plan from it.'),
    ).toBeTruthy();
    expect(calls.find((c) => c.key === 'POST /api/v1/protocols')!.body).toEqual({ planId, name: 'Desk workers' });
  });
});
