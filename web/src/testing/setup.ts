import { cleanup } from '@testing-library/preact';
import { activate } from '../i18n/i18n.ts';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

// Components format ICU messages through t(): the formatter loads once, in English, for every test.
await activate('en', ['en-GB']);
