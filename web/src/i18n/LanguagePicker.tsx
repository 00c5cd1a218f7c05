import { useState } from 'preact/hooks';
import { t } from './i18n.ts';
import { isLanguage, languageNames, languages, type Language } from './languages.ts';

interface Props {
  choice: Language | null;
  choose: (choice: Language | null) => Promise<void>;
}

/** The language menu in the top bar: each language named in itself, or the browser's. */
export function LanguagePicker({ choice, choose }: Props) {
  const [failed, setFailed] = useState(false);
  async function onChange(value: string) {
    setFailed(false);
    try {
      await choose(isLanguage(value) ? value : null);
    } catch {
      setFailed(true);
    }
  }
  return (
    <div class="language-picker">
      <label for="language-choice">{t('Language')}</label>
      <select
        id="language-choice"
        value={choice ?? ''}
        onChange={(event) => void onChange((event.target as HTMLSelectElement).value)}
      >
        <option value="">{t("Browser's language")}</option>
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {languageNames[language]}
          </option>
        ))}
      </select>
      {failed && (
        <p role="alert" class="language-failure">
          {t('Your language choice could not be saved. Please try again.')}
        </p>
      )}
    </div>
  );
}
