import type { AuditRow, AuditSource } from '../../api/audit.ts';
import { dateFormat, msg, t } from '../../i18n/i18n.ts';

/** How the viewer names each service's trail. */
export const sourceNames = {
  patients: msg('Records'),
  plans: msg('Plans'),
  visits: msg('Visits'),
} satisfies Record<AuditSource, string>;

/** The merged audit rows, newest first, one line each. */
export function AuditTable({ rows }: { rows: AuditRow[] }) {
  return (
    <table class="audit">
      <caption>{t('Audit rows, newest first')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('When')}</th>
          <th scope="col">{t('Service')}</th>
          <th scope="col">{t('Action')}</th>
          <th scope="col">{t('Outcome')}</th>
          <th scope="col">{t('Actor')}</th>
          <th scope="col">{t('Patient')}</th>
          <th scope="col">{t('Detail')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.source}-${row.id}`} data-source={row.source}>
            <td>{dateFormat({ dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(row.occurredAt))}</td>
            <td>{t(sourceNames[row.source])}</td>
            <td>{row.action}</td>
            <td>{row.outcome}</td>
            <td>
              {row.actorSubject} ({row.actorRoles})
            </td>
            <td>{row.patientId ?? '–'}</td>
            <td>{row.detail ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
