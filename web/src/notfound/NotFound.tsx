import { t } from '../i18n/i18n.ts';

interface Props {
  /** Where the person's home screen is and what it is called ("Today", "your patients"). */
  homeLabel: string;
}

/** An address the app does not know: say so, rather than showing another screen as if it were this one. */
export function NotFound({ homeLabel }: Props) {
  return (
    <section aria-labelledby="not-found-heading" data-screen="not-found">
      <h1 id="not-found-heading">{t('Page not found')}</h1>
      <p>
        {t('There is nothing at this address.')} <a href="/">{t('Go to {place}', { place: homeLabel })}</a>.
      </p>
    </section>
  );
}
