import { useState } from 'preact/hooks';
import { exportTypes, type ExportType } from '../../api/bulkExport.ts';
import { msg, t } from '../../i18n/i18n.ts';
import type { MessageId } from '../../i18n/catalog.ts';

/** What each FHIR type holds, in words beside its name. */
const holds: Record<ExportType, MessageId> = {
  Patient: msg('the patient records'),
  Observation: msg('pain and heart-rate readings'),
  QuestionnaireResponse: msg('questionnaire (PROM) answers'),
  Flag: msg('flags raised for the care team'),
  Consent: msg('consent decisions'),
  CareTeam: msg('care teams'),
};

/** A date field's value (YYYY-MM-DD) as the instant its day starts in this browser's zone. */
export function dayStart(date: string): string | null {
  return date ? new Date(`${date}T00:00:00`).toISOString() : null;
}

/** Today in this browser's zone, as a date field's value. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The optional choices of an export: which resource types (none = all) and since when. */
export function ExportForm({
  busy,
  onStart,
}: {
  busy: boolean;
  onStart: (types: ExportType[], since: string | null) => void;
}) {
  const [chosen, setChosen] = useState<ReadonlySet<ExportType>>(new Set());
  const [since, setSince] = useState('');
  const toggle = (type: ExportType) => {
    const next = new Set(chosen);
    if (next.has(type)) next.delete(type);
    else next.add(type);
    setChosen(next);
  };
  const submit = (event: Event) => {
    event.preventDefault();
    onStart(
      exportTypes.filter((type) => chosen.has(type)),
      dayStart(since),
    );
  };
  return (
    <form class="export-form" onSubmit={submit} aria-label={t('Export choices')}>
      <fieldset>
        <legend>{t('Resource types (none ticked: all of them)')}</legend>
        {exportTypes.map((type) => (
          <label key={type} class="export-type">
            <input type="checkbox" name="type" value={type} checked={chosen.has(type)} onChange={() => toggle(type)} />{' '}
            <code>{type}</code> – {t(holds[type])}
          </label>
        ))}
      </fieldset>
      <label for="export-since">{t('Changed since (optional)')}</label>
      <input
        id="export-since"
        name="since"
        type="date"
        value={since}
        max={today()}
        aria-describedby="export-since-hint"
        onInput={(e) => setSince((e.target as HTMLInputElement).value)}
      />
      <p id="export-since-hint" class="hint">
        {t(
          'Only what was created or changed from the start of that day, in this browser’s time zone. Empty: everything.',
        )}
      </p>
      <button type="submit" disabled={busy}>
        {t('Start the export')}
      </button>
    </form>
  );
}
