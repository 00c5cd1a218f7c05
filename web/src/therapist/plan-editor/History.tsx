import { handoutUrl, type Plan } from '../../api/plans.ts';
import { formatDateTime } from '../format.ts';
import { t } from '../../i18n/i18n.ts';

/** The versions (draft / published / which one the patient sees) with a handout per published version. */
export function History({ plan }: { plan: Plan }) {
  const versions = [...plan.versions].sort((a, b) => b.version - a.version);
  return (
    <section class="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('History')}</h2>
      {versions.length === 0 ? (
        <p>{t('No versions yet.')}</p>
      ) : (
        <ul id="plan-history" class="history">
          {versions.map((v) => (
            <li key={v.version} data-version={v.version}>
              <strong>{t('Version {version}', { version: v.version })}</strong>
              {v.status === 'DRAFT'
                ? ` ${t('(draft, not seen by the patient)')}`
                : v.version === plan.activeVersion
                  ? ` ${t('(the patient sees this one)')}`
                  : ''}
              {': '}
              {t('{count, plural, one {# item} other {# items}}', { count: v.itemCount })},{' '}
              {v.publishedAt
                ? t('published {when}', { when: formatDateTime(v.publishedAt) })
                : t('started {when}', { when: formatDateTime(v.createdAt) })}
              {v.changeNote ? `. ${v.changeNote}` : ''}
              {v.status === 'PUBLISHED' && (
                <>
                  {' '}
                  <a href={handoutUrl(plan.id, v.version)} download>
                    {t('Handout for version {version} (PDF)', { version: v.version })}
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
            {t('Download the handout (PDF)')}
          </a>
        </p>
      )}
    </section>
  );
}
