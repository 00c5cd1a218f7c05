import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { untranslatedText } from './untranslated.ts';

const src = join(import.meta.dirname, '..');

/**
 * Screens whose texts are not yet in the catalogs. Empty since issue 19 translated every screen; a
 * file listed here with nothing left to translate fails too, so the list cannot go stale.
 */
const notYetTranslated = new Set<string>([]);

function screens(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : screens(path);
    return name.endsWith('.tsx') && !name.endsWith('.test.tsx') ? [relative(src, path)] : [];
  });
}

describe('every text a person reads goes through t()', () => {
  for (const file of screens(src)) {
    it(file, () => {
      const found = untranslatedText(file, readFileSync(join(src, file), 'utf8'));
      if (notYetTranslated.has(file)) {
        expect(found.length, `${file} is translated now: take it off notYetTranslated`).toBeGreaterThan(0);
      } else {
        const lines = found.map((f) => `${file}:${f.line} ${f.text}`);
        if (lines.length > 0) throw new Error(`Not through t():\n${lines.join('\n')}`);
      }
    });
  }
  it('lists only files that exist', () => {
    const all = new Set(screens(src));
    expect([...notYetTranslated].filter((file) => !all.has(file))).toEqual([]);
  });
});

describe('untranslatedText', () => {
  it('finds JSX text and text attributes, not code attributes or t() calls', () => {
    const found = untranslatedText(
      'x.tsx',
      `const a = <p class="note" aria-live="polite" id="x-1">Hello there <b>{t('Fine')}</b> · 3</p>;
       const b = <input aria-label="Your name" placeholder={'Type here'} title={t('Ok')} data-kind="a b" />;
       const c = <p class={x === 'big one' ? 'a b' : 'c'} title={\`Hi \${name}\`}>{done ? 'All done' : t('Not yet')}</p>;`,
    );
    expect(found.map((f) => f.text)).toEqual([
      'Hello there',
      'aria-label="Your name"',
      'Type here',
      '`Hi ${name}`',
      'All done',
    ]);
  });
});
