import type { IntlMessageFormat } from 'intl-messageformat';
import type { Catalog, MessageId } from './catalog.ts';
import { formatLocaleFor, type Language } from './languages.ts';

/**
 * The active language and its texts. Messages are ICU MessageFormat; their ids are the English
 * texts, so English needs no catalog and a missing translation cannot compile (catalog.ts).
 * The formatter (intl-messageformat) and the Spanish or German catalog are loaded on demand by
 * {@link activate}, so the first page load stays small.
 */
interface Active {
  language: Language;
  formatLocale: string;
  messages: Partial<Catalog>;
  Formatter: typeof IntlMessageFormat | null;
}

let active: Active = { language: 'en', formatLocale: 'en', messages: {}, Formatter: null };
const compiled = new Map<string, IntlMessageFormat>();

type Values = Record<string, string | number | Date | boolean | null | undefined>;

const catalogs: Record<Exclude<Language, 'en'>, () => Promise<{ default: Catalog }>> = {
  es: () => import('./es.ts'),
  de: () => import('./de.ts'),
};

/** Loads what the language needs and makes it the active one. */
export async function activate(language: Language, browser: readonly string[] = navigator.languages ?? []) {
  requested = language;
  const [formatter, catalog] = await Promise.all([
    import('intl-messageformat'),
    language === 'en' ? Promise.resolve({ default: {} }) : catalogs[language](),
  ]);
  active = {
    language,
    formatLocale: formatLocaleFor(language, browser),
    messages: catalog.default,
    Formatter: formatter.IntlMessageFormat,
  };
  compiled.clear();
  document.documentElement.lang = active.formatLocale;
}

let requested: Language = 'en';
/**
 * The language the server is asked to answer in (Accept-Language): the one being made active, from
 * the moment {@link activate} starts, so a read sent while its texts load already asks for it.
 */
export const requestLanguage = () => requested;

export function currentLanguage(): Language {
  return active.language;
}

/** The locale to give Intl formatters (dates, numbers, lists) for the active language. */
export function formatLocale(): string {
  return active.formatLocale;
}

/**
 * The text of a message in the active language. With values, the message is formatted as ICU
 * (plurals, selects, numbers): that needs {@link activate} to have run, which the app awaits before
 * it shows anything but its loading line.
 */
export function t(id: MessageId, values?: Values): string {
  const message = active.messages[id] ?? id;
  if (values === undefined) return message;
  if (active.Formatter === null) throw new Error(`t("${id}") with values before the language was activated`);
  let format = compiled.get(message);
  if (!format) {
    format = new active.Formatter(message, active.formatLocale);
    compiled.set(message, format);
  }
  const text = format.format(values);
  return typeof text === 'string' ? text : String(text);
}

/** Marks a message whose text is looked up later (in a table made at load time), so it is typed and found. */
export function msg<const Id extends MessageId>(id: Id): Id {
  return id;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date formatter in the active language (cached per language and options). */
export function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = active.formatLocale + JSON.stringify(options);
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(active.formatLocale, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** A number formatter in the active language. */
export function numberFormat(options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return new Intl.NumberFormat(active.formatLocale, options);
}
