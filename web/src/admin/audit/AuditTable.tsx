import type { AuditRow, AuditSource } from '../../api/audit.ts';

/** How the viewer names each service's trail. */
export const sourceNames: Record<AuditSource, string> = {
  patients: 'Records',
  plans: 'Plans',
  visits: 'Visits',
};

/** The merged audit rows, newest first, one line each. */
export function AuditTable({ rows }: { rows: AuditRow[] }) {
  return (
    <table class="audit">
      <caption>Audit rows, newest first</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Service</th>
          <th scope="col">Action</th>
          <th scope="col">Outcome</th>
          <th scope="col">Actor</th>
          <th scope="col">Patient</th>
          <th scope="col">Detail</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.source}-${row.id}`} data-source={row.source}>
            <td>{new Date(row.occurredAt).toLocaleString()}</td>
            <td>{sourceNames[row.source]}</td>
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
