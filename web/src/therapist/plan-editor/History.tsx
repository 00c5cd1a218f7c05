import { useState } from 'preact/hooks';
import { handoutUrl, type Plan } from '../../api/plans.ts';
import { isLanguage, languageNames, languages, type Language } from '../../i18n/languages.ts';
import { formatDateTime } from '../format.ts';
import { t } from '../../i18n/i18n.ts';

/** The versions (draft / published / which one the patient sees) with a handout per published version. */
export function History({ plan }: { plan: Plan }) {
  const versions = [...plan.versions].sort((a, b) => b.version - a.version);
  // undefined: the service prints in the language the patient chose in Motus.
  const [language, setLanguage] = useState<Language | undefined>(undefined);
  const printed = versions.some((v) => v.status === 'PUBLISHED');
  return (
    <section class="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('History')}</h2>
      {printed && (
        <p>
          <label for="handout-language">{t('Handouts in')}</label>{' '}
          <select
            id="handout-language"
            value={language ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setLanguage(isLanguage(value) ? value : undefined);
            }}
          >
            <option value="">{t("The patient's language")}</option>
            {languages.map((tag) => (
              <option key={tag} value={tag} lang={tag}>
                {languageNames[tag]}
              </option>
            ))}
          </select>
        </p>
      )}
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
                  <a href={handoutUrl(plan.id, v.version, language)} download>
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
          <a id="handout-link" class="button secondary" href={handoutUrl(plan.id, undefined, language)} download>
            {t('Download the handout (PDF)')}
          </a>
        </p>
      )}
    </section>
  );
}
