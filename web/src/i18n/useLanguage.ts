import { useEffect, useState } from 'preact/hooks';
import { fetchLanguageChoice, saveLanguageChoice } from '../api/language.ts';
import { activate, currentLanguage } from './i18n.ts';
import { isLanguage, negotiate, type Language } from './languages.ts';

/** This device remembers the last choice, so the first screen is in it before the server answers. */
const storageKey = 'motus.language';

function remembered(): Language | null {
  try {
    const value = localStorage.getItem(storageKey);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function remember(language: Language | null) {
  try {
    if (language) localStorage.setItem(storageKey, language);
    else localStorage.removeItem(storageKey);
  } catch {
    // Storage blocked (a private window): the server's choice still applies after sign-in.
  }
}

function browserLanguages(): readonly string[] {
  return navigator.languages ?? [navigator.language];
}

export interface LanguageState {
  /** The language the screens are in; null until its texts are loaded. */
  language: Language | null;
  /** The person's own choice (null: following the browser). */
  choice: Language | null;
  /** Chooses a language (null: follow the browser), for a signed-in person on the server too. */
  choose: (choice: Language | null) => Promise<void>;
}

/**
 * The language of the screens: the person's choice (their account's once signed in, this device's
 * until then), else the browser's, else English.
 */
export function useLanguage(signedIn: boolean): LanguageState {
  const [choice, setChoice] = useState<Language | null>(remembered);
  const [language, setLanguage] = useState<Language | null>(null);
  const wanted = negotiate(choice, browserLanguages());

  useEffect(() => {
    let current = true;
    activate(wanted).then(
      () => current && setLanguage(wanted),
      // The catalog did not load (offline on a first visit): stay readable in English.
      () => activate('en').then(() => current && setLanguage(currentLanguage())),
    );
    return () => {
      current = false;
    };
  }, [wanted]);

  useEffect(() => {
    if (!signedIn) return;
    const controller = new AbortController();
    fetchLanguageChoice(controller.signal).then(
      (stored) => {
        const value = isLanguage(stored.language) ? stored.language : null;
        remember(value);
        setChoice(value);
      },
      () => undefined, // Offline or refused: keep this device's choice.
    );
    return () => controller.abort();
  }, [signedIn]);

  async function choose(next: Language | null) {
    if (signedIn) await saveLanguageChoice({ language: next });
    remember(next);
    setChoice(next);
  }

  return { language: language === wanted ? language : null, choice, choose };
}
