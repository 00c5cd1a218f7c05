import { lazy } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { fetchDueProms, instrumentNames, type DueProm, type PromResponse } from '../api/proms.ts';
import { usePatient } from '../patient/usePatient.ts';
import { t } from '../i18n/i18n.ts';

const PromForm = lazy(() => import('./PromForm.tsx').then((m) => m.PromForm));

/** Why the questionnaire is there, in the patient's words. */
function dueWords(reason: DueProm['reason']): string {
  switch (reason) {
    case 'BASELINE':
      return t('A few questions to start with');
    case 'FOLLOW_UP':
      return t('Two weeks on: the same questions again');
    case 'ON_DEMAND':
      return t('Your therapist asked you to answer these');
    case 'DISCHARGE':
      return t('Before you finish your care: the same questions one last time');
  }
}

/**
 * On Today: the PROMs due now (baseline, then every 2 weeks), each opening its form. Quiet when
 * nothing is due or the list cannot be read (offline): Today's other forms matter more.
 */
export function DuePromsPanel() {
  const patient = usePatient();
  const patientId = patient.record.id;
  const [due, setDue] = useState<DueProm[]>([]);
  const [open, setOpen] = useState<DueProm | null>(null);
  const [sent, setSent] = useState<PromResponse | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetchDueProms(patientId, controller.signal).then(
      (list) => setDue(Array.isArray(list) ? list : []),
      () => setDue([]),
    );
    return () => controller.abort();
  }, [patientId]);

  const done = (response: PromResponse) => {
    setSent(response);
    setOpen(null);
    setDue((list) => list.filter((d) => d.instrument !== response.instrument));
  };

  if (due.length === 0 && !sent) return null;
  return (
    <section class="card due-proms" id="due-proms" aria-labelledby="due-proms-heading">
      <h2 id="due-proms-heading">{t('Questions about how you are doing')}</h2>
      {sent && (
        <p role="status" data-field="prom-sent">
          {t('Thank you: your answers are with your therapist.')}
        </p>
      )}
      {open ? (
        <PromForm patientId={patientId} subject={patient.record.subject} due={open} onDone={done} />
      ) : (
        <ul class="due-proms__list">
          {due.map((d) => (
            <li key={d.instrument}>
              <button type="button" class="button" data-prom={d.instrument} onClick={() => setOpen(d)}>
                {instrumentNames[d.instrument]}
              </button>{' '}
              {dueWords(d.reason)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
