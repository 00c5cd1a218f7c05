import { handoutUrl, type Plan } from '../../api/plans.ts';
import { formatDateTime } from '../format.ts';

/** The versions (draft / published / which one the patient sees) with a handout per published version. */
export function History({ plan }: { plan: Plan }) {
  const versions = [...plan.versions].sort((a, b) => b.version - a.version);
  return (
    <section class="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {versions.length === 0 ? (
        <p>No versions yet.</p>
      ) : (
        <ul id="plan-history" class="history">
          {versions.map((v) => (
            <li key={v.version} data-version={v.version}>
              <strong>Version {v.version}</strong>
              {v.status === 'DRAFT'
                ? ' (draft, not seen by the patient)'
                : v.version === plan.activeVersion
                  ? ' (the patient sees this one)'
                  : ''}
              {': '}
              {v.itemCount} item{v.itemCount === 1 ? '' : 's'},{' '}
              {v.publishedAt ? `published ${formatDateTime(v.publishedAt)}` : `started ${formatDateTime(v.createdAt)}`}
              {v.changeNote ? `. ${v.changeNote}` : ''}
              {v.status === 'PUBLISHED' && (
                <>
                  {' '}
                  <a href={handoutUrl(plan.id, v.version)} download>
                    Handout for version {v.version} (PDF)
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {plan.activeVersion !== null && (
        <p>
          <a id="handout-link" class="button secondary" href={handoutUrl(plan.id)} download>
            Download the handout (PDF)
          </a>
        </p>
      )}
    </section>
  );
}
