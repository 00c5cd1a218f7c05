/** The languages Motus speaks. English is the source: its texts are the message ids. */
export const languages = ['en', 'es', 'de'] as const;
export type Language = (typeof languages)[number];

/** Each language named in itself, as a language menu lists them. */
export const languageNames: Record<Language, string> = { en: 'English', es: 'Español', de: 'Deutsch' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The primary subtag of a BCP 47 tag, lower case: `es-MX` -> `es`. */
function primary(tag: string): string {
  return tag.split(/[-_]/, 1)[0]?.toLowerCase() ?? '';
}

/**
 * The person's choice if they made one, else the first of the browser's languages Motus speaks,
 * else English.
 */
export function negotiate(choice: Language | null, browser: readonly string[]): Language {
  if (choice) return choice;
  for (const tag of browser) {
    const language = primary(tag);
    if (isLanguage(language)) return language;
  }
  return 'en';
}

/**
 * The locale dates and numbers are written in: the browser's own tag when it is of the language
 * (a Mexican browser reading Spanish gets Mexican dates), else the bare language.
 */
export function formatLocaleFor(language: Language, browser: readonly string[]): string {
  const own = browser.find((tag) => primary(tag) === language);
  if (own) {
    try {
      return Intl.getCanonicalLocales(own)[0] ?? language;
    } catch {
      return language;
    }
  }
  return language;
}
