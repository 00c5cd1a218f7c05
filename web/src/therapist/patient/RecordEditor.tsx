import { useRoute } from 'preact-iso';
import { useState } from 'preact/hooks';
import { ApiError } from '../../api/http.ts';
import { fetchPatient, setTimeZone, type PatientRecord } from '../../api/patients.ts';
import { editClinical, editGoalsAndContact, setPrescribedFrequency } from '../../api/recordEdits.ts';
import { LoadFailure } from '../../loading/LoadFailure.tsx';
import { useLoad } from '../../loading/useLoad.ts';
import { plainWords } from '../format.ts';
import { EditSection, FieldProblem, type Save } from './EditSection.tsx';
import {
  channels,
  clinicalOf,
  conditions,
  formOf,
  goalsAndContactOf,
  wholeNumber,
  type RecordForm,
} from './recordForm.ts';
import { t } from '../../i18n/i18n.ts';

/** `/patients/:id/record`: the treating therapist edits the record (issue 13 item 2). */
export function RecordEditorScreen() {
  const { params } = useRoute();
  const patientId = params['id'] ?? '';
  const [record, retry] = useLoad((signal) => fetchPatient(patientId, signal));
  return (
    <section class="record-editor" aria-labelledby="record-editor-heading">
      <p class="back-link">
        <a href={`/patients/${encodeURIComponent(patientId)}`}>{t('Back to the patient')}</a>
      </p>
      {record.status === 'loading' && <p class="loading">{t('Loading the record…')}</p>}
      {record.status === 'failed' &&
        (record.error instanceof ApiError && record.error.status === 404 ? (
          <p>{t('This patient is not on your caseload.')}</p>
        ) : (
          <LoadFailure error={record.error} what={t('the record')} onRetry={retry} />
        ))}
      {record.status === 'loaded' && <RecordEditor initial={record.value} />}
    </section>
  );
}

export function RecordEditor({ initial }: { initial: PatientRecord }) {
  const [record, setRecord] = useState(initial);
  const [form, setForm] = useState<RecordForm>(formOf(initial));
  const id = record.id;
  const set = (change: Partial<RecordForm>) => setForm({ ...form, ...change });
  const saved = (next: PatientRecord) => {
    setRecord(next);
    return next;
  };

  const saveClinical: Save = async () => {
    const body = clinicalOf(form);
    if ('invalid' in body) return { fields: { [body.invalid]: 'must be a whole number' } };
    saved(await editClinical(id, body));
    return null;
  };
  const saveFrequency: Save = async () => {
    const sessions = wholeNumber(form.sessionsPerWeek);
    if (sessions === null || sessions === 'invalid') return { fields: { sessionsPerWeek: 'must be a whole number' } };
    saved(await setPrescribedFrequency(id, sessions));
    return null;
  };
  const saveZone: Save = async () => {
    saved(await setTimeZone(id, form.timeZone.trim()));
    return null;
  };
  const saveGoals: Save = async () => {
    saved(await editGoalsAndContact(id, goalsAndContactOf(form)));
    return null;
  };

  return (
    <>
      <h1 id="record-editor-heading">{t('Edit the record of {name}', { name: record.displayName })}</h1>
      <EditSection
        id="clinical"
        title={t('Clinical')}
        fields={['dateOfBirth', 'conditions', 'baselinePain']}
        save={saveClinical}
      >
        {(problem) => (
          <>
            <p class="field">
              <label for="dob">{t('Date of birth')}</label>
              <input
                id="dob"
                type="date"
                value={form.dateOfBirth}
                {...problem.describe('dateOfBirth')}
                onInput={(e) => set({ dateOfBirth: e.currentTarget.value })}
              />
            </p>
            <FieldProblem problem={problem} field="dateOfBirth" />
            <fieldset>
              <legend>{t('Conditions')}</legend>
              {conditions.map((code) => (
                <label key={code} class="check">
                  <input
                    type="checkbox"
                    name="condition"
                    value={code}
                    checked={form.conditions.includes(code)}
                    onChange={(e) =>
                      set({
                        conditions: e.currentTarget.checked
                          ? [...form.conditions, code]
                          : form.conditions.filter((c) => c !== code),
                      })
                    }
                  />{' '}
                  {plainWords(code)}
                </label>
              ))}
            </fieldset>
            <FieldProblem problem={problem} field="conditions" />
            <p class="field">
              <label for="baseline-pain">{t('Usual pain before the programme (0-10)')}</label>
              <input
                id="baseline-pain"
                type="number"
                min={0}
                max={10}
                step={1}
                value={form.baselinePain}
                {...problem.describe('baselinePain')}
                onInput={(e) => set({ baselinePain: e.currentTarget.value })}
              />
            </p>
            <FieldProblem problem={problem} field="baselinePain" />
          </>
        )}
      </EditSection>
      <EditSection id="frequency" title={t('Prescribed frequency')} fields={['sessionsPerWeek']} save={saveFrequency}>
        {(problem) => (
          <>
            <p class="field">
              <label for="sessions-per-week">{t('Sessions per week (1-50)')}</label>
              <input
                id="sessions-per-week"
                type="number"
                min={1}
                max={50}
                step={1}
                required
                value={form.sessionsPerWeek}
                {...problem.describe('sessionsPerWeek')}
                onInput={(e) => set({ sessionsPerWeek: e.currentTarget.value })}
              />
            </p>
            <FieldProblem problem={problem} field="sessionsPerWeek" />
          </>
        )}
      </EditSection>
      <EditSection id="zone" title={t('Time zone')} fields={['timeZone']} save={saveZone}>
        {(problem) => (
          <>
            <p class="field">
              <label for="record-time-zone">
                {t('Time zone, days and weeks are counted in it (for example Europe/Berlin)')}
              </label>
              <input
                id="record-time-zone"
                type="text"
                autocomplete="off"
                required
                value={form.timeZone}
                {...problem.describe('timeZone')}
                onInput={(e) => set({ timeZone: e.currentTarget.value })}
              />
            </p>
            <FieldProblem problem={problem} field="timeZone" />
          </>
        )}
      </EditSection>
      <EditSection
        id="goals"
        title={t('Goals and contact')}
        fields={['goals', 'contact.email', 'contact.phone']}
        save={saveGoals}
      >
        {(problem) => (
          <>
            <p class="field">
              <label for="goals-text">{t('Goals')}</label>
              <textarea
                id="goals-text"
                rows={3}
                value={form.goals}
                {...problem.describe('goals')}
                onInput={(e) => set({ goals: e.currentTarget.value })}
              />
            </p>
            <FieldProblem problem={problem} field="goals" />
            <p class="field">
              <label for="preferred-channel">{t('Preferred contact')}</label>
              <select
                id="preferred-channel"
                value={form.preferredChannel}
                onChange={(e) => set({ preferredChannel: e.currentTarget.value as RecordForm['preferredChannel'] })}
              >
                {channels.map((channel) => (
                  <option key={channel} value={channel}>
                    {plainWords(channel)}
                  </option>
                ))}
              </select>
            </p>
            <p class="field">
              <label for="contact-email">{t('Email')}</label>
              <input
                id="contact-email"
                type="email"
                value={form.email}
                {...problem.describe('contact.email')}
                onInput={(e) => set({ email: e.currentTarget.value })}
              />
            </p>
            <FieldProblem problem={problem} field="contact.email" />
            <p class="field">
              <label for="contact-phone">{t('Phone')}</label>
              <input
                id="contact-phone"
                type="tel"
                value={form.phone}
                {...problem.describe('contact.phone')}
                onInput={(e) => set({ phone: e.currentTarget.value })}
              />
            </p>
            <FieldProblem problem={problem} field="contact.phone" />
          </>
        )}
      </EditSection>
    </>
  );
}
