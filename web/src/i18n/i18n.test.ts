import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { afterEach, describe, expect, it } from 'vitest';
import de from './de.ts';
import es from './es.ts';
import { activate, dateFormat, t } from './i18n.ts';
import { formatLocaleFor, negotiate } from './languages.ts';

/** The placeholders of a message (arguments, plurals, selects), with their kind, nested ones too. */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date) {
        found.add(`${element.value}:${element.type}`);
      }
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        found.add(`${element.value}:${element.type}`);
        for (const option of Object.values(element.options)) walk(option.value);
      }
      if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(parse(message));
  return [...found].sort();
}

/** Texts that are the same word in that language. */
const sameInSpanish = new Set([
  'Chat',
  'Plan',
  'Pelvis',
  'General',
  'Error',
  'Push',
  'Ctrl',
  'Alt',
  '{speed} ({ms} ms); {relay}',
]);
const sameInGerman = new Set([
  'OK',
  '(optional)',
  'Chat',
  'Pause',
  'In Motus',
  'Version {version}',
  'Patient',
  'Name',
  'Plan',
  'Detail',
  'Hand',
  'Push',
  'Status',
  'Alt',
  '{speed} ({ms} ms); {relay}',
]);

describe('the catalogs', () => {
  for (const [language, catalog, same] of [
    ['es', es, sameInSpanish],
    ['de', de, sameInGerman],
  ] as const) {
    it(`${language} has every message, with the English placeholders, parsed as ICU`, () => {
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(es).sort());
      const problems: string[] = [];
      for (const [english, translated] of Object.entries(catalog)) {
        if (translated.trim() === '') problems.push(`empty: ${english}`);
        else if (translated === english && !same.has(english)) problems.push(`still English: ${english}`);
        try {
          const want = placeholders(english);
          const got = placeholders(translated);
          if (want.join() !== got.join()) problems.push(`${english}: ${want.join()} but ${got.join()}`);
        } catch (error) {
          problems.push(`not ICU: ${english} -> ${translated} (${String(error)})`);
        }
      }
      if (problems.length > 0) throw new Error(problems.join('\n'));
    });
  }
});

describe('t', () => {
  afterEach(() => activate('en', ['en-GB']));

  it('gives the English id in English, formatted with its values', () => {
    expect(t('Save my pain')).toBe('Save my pain');
    expect(t('Pain today: {pain} out of 10', { pain: 4 })).toBe('Pain today: 4 out of 10');
    expect(t('{sets, plural, one {# set} other {# sets}}', { sets: 1 })).toBe('1 set');
  });

  it('speaks Spanish and German with their plurals', async () => {
    await activate('es', ['es-ES']);
    expect(t('Save my pain')).toBe('Guardar mi dolor');
    expect(t('{sets, plural, one {# set} other {# sets}}', { sets: 3 })).toBe('3 series');
    expect(document.documentElement.lang).toBe('es-ES');
    await activate('de', ['de-DE']);
    expect(t('{sets, plural, one {# set} other {# sets}}', { sets: 1 })).toBe('1 Satz');
    expect(
      t('on each {side}', {
        side: t(
          '{side, select, leg {leg} arm {arm} foot {foot} hand {hand} knee {knee} hip {hip} shoulder {shoulder} other {side}}',
          { side: 'leg' },
        ),
      }),
    ).toBe('pro Bein');
  });

  it('writes dates in the language of the screens', async () => {
    const day = new Date('2026-12-07T12:00:00Z');
    await activate('es', ['es-ES']);
    expect(dateFormat({ weekday: 'long', timeZone: 'UTC' }).format(day)).toBe('lunes');
    await activate('de', ['de-DE']);
    expect(dateFormat({ weekday: 'long', timeZone: 'UTC' }).format(day)).toBe('Montag');
  });
});

describe('negotiate', () => {
  it('takes the choice, else the first browser language Motus speaks, else English', () => {
    expect(negotiate('de', ['es-MX'])).toBe('de');
    expect(negotiate(null, ['fr-FR', 'es-MX', 'de'])).toBe('es');
    expect(negotiate(null, ['DE-at'])).toBe('de');
    expect(negotiate(null, ['fr', 'pt-BR'])).toBe('en');
    expect(negotiate(null, [])).toBe('en');
  });

  it('writes dates as the browser does when it is of the language', () => {
    expect(formatLocaleFor('es', ['en-US', 'es-MX'])).toBe('es-MX');
    expect(formatLocaleFor('de', ['en-US'])).toBe('de');
  });
});
