import { useRef, useState } from 'preact/hooks';
import {
  fetchPatientAudit,
  fetchPlanAudit,
  fetchVisitAudit,
  type AuditFilter,
  type AuditSource,
  type AuditSourcePage,
} from '../../api/audit.ts';
import { fieldProblem } from '../messages.ts';
import { AuditTable, sourceNames } from './AuditTable.tsx';
import { toCsv } from './csv.ts';
import { mergeByTime, type Loaded } from './merge.ts';
import { t } from '../../i18n/i18n.ts';

/** What the audit viewer calls; tests pass their own. */
export interface AuditServices {
  patients: (filter: AuditFilter, cursor: string | null) => Promise<AuditSourcePage>;
  plans: (filter: AuditFilter, cursor: string | null) => Promise<AuditSourcePage>;
  visits: (filter: AuditFilter, cursor: string | null) => Promise<AuditSourcePage>;
  /** Hands the CSV to the browser as a download. */
  download: (fileName: string, csv: string) => void;
}

function saveFile(fileName: string, csv: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

const filterFields = ['patientId', 'actor', 'action', 'from', 'to'] as const;

const gateway: AuditServices = {
  patients: fetchPatientAudit,
  plans: fetchPlanAudit,
  visits: fetchVisitAudit,
  download: saveFile,
};

/** A date field's value (YYYY-MM-DD, local) as the instant its day starts. */
function dayStart(date: string): string | undefined {
  return date ? new Date(`${date}T00:00:00`).toISOString() : undefined;
}

/** The day after, so "to" includes the whole day picked. */
function dayEnd(date: string): string | undefined {
  if (!date) return undefined;
  const end = new Date(`${date}T00:00:00`);
  end.setDate(end.getDate() + 1);
  return end.toISOString();
}

/** Admin: every service's audit trail, filtered, merged by time, exported as CSV. */
export function AuditScreen({ services = gateway }: { services?: AuditServices }) {
  const [fields, setFields] = useState({ patientId: '', actor: '', action: '', from: '', to: '' });
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [errors, setErrors] = useState<Partial<Record<AuditSource, { field: string | null; text: string }>>>({});
  const [busy, setBusy] = useState(false);
  const filterRef = useRef<AuditFilter>({});

  const read = async (filter: AuditFilter, current: Loaded) => {
    setBusy(true);
    const next: Loaded = { ...current };
    const failed: Partial<Record<AuditSource, { field: string | null; text: string }>> = {};
    const first = Object.keys(current).length === 0;
    const calls: [AuditSource, () => Promise<AuditSourcePage>][] = [];
    for (const source of ['patients', 'plans', 'visits'] as const) {
      const page = current[source];
      if (first || (page && page.next !== null)) {
        calls.push([source, () => services[source](filter, page?.next ?? null)]);
      }
    }
    await Promise.all(
      calls.map(async ([source, call]) => {
        try {
          const page = await call();
          const before = current[source]?.rows ?? [];
          next[source] = { rows: [...before, ...page.rows], next: page.next };
        } catch (e: unknown) {
          failed[source] = fieldProblem(e, filterFields);
        }
      }),
    );
    setErrors(failed);
    setLoaded(next);
    setBusy(false);
  };

  const search = (event: Event) => {
    event.preventDefault();
    const filter: AuditFilter = {};
    if (fields.patientId.trim()) filter.patientId = fields.patientId.trim();
    if (fields.actor.trim()) filter.actor = fields.actor.trim();
    if (fields.action.trim()) filter.action = fields.action.trim();
    const from = dayStart(fields.from);
    const to = dayEnd(fields.to);
    if (from) filter.from = from;
    if (to) filter.to = to;
    filterRef.current = filter;
    void read(filter, {});
  };

  const change = (name: keyof typeof fields) => (e: Event) =>
    setFields({ ...fields, [name]: (e.target as HTMLInputElement).value });
  const merged = loaded ? mergeByTime(loaded) : null;
  /** A server problem about this field, shown beside it. */
  const problem = (name: string) => {
    const found = Object.values(errors).find((error) => error.field === name);
    return found ? <span class="field-problem">{found.text}</span> : null;
  };

  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('Audit trail')}</h2>
      <form onSubmit={search} aria-label={t('Audit filters')}>
        <label>
          {t('Patient id')}
          <input name="patientId" value={fields.patientId} onInput={change('patientId')} maxLength={36} />
        </label>
        {problem('patientId')}
        <label>
          {t('Actor (subject)')}
          <input name="actor" value={fields.actor} onInput={change('actor')} maxLength={255} />
        </label>
        {problem('actor')}
        <label>
          {t('Action')}
          <input name="action" value={fields.action} onInput={change('action')} maxLength={64} />
        </label>
        {problem('action')}
        <label>
          {t('From')}
          <input name="from" type="date" value={fields.from} onInput={change('from')} />
        </label>
        {problem('from')}
        <label>
          {t('To')}
          <input name="to" type="date" value={fields.to} onInput={change('to')} />
        </label>
        {problem('to')}
        <button type="submit" disabled={busy}>
          {t('Search')}
        </button>
      </form>
      {Object.entries(errors).map(([source, error]) => (
        <p role="alert" key={source}>
          {t(sourceNames[source as AuditSource])}: {error.field ? `${error.field}: ${error.text}` : error.text}
        </p>
      ))}
      {busy && <p class="loading">{t('Loading…')}</p>}
      {merged && merged.rows.length === 0 && !busy && <p>{t('No audit rows match.')}</p>}
      {merged && merged.rows.length > 0 && (
        <>
          <button type="button" onClick={() => services.download('motus-audit.csv', toCsv(merged.rows))}>
            {t('Export {count} rows as CSV', { count: merged.rows.length })}
          </button>
          <AuditTable rows={merged.rows} />
          {merged.more && (
            <button type="button" disabled={busy} onClick={() => void read(filterRef.current, loaded ?? {})}>
              {t('Load older rows')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
