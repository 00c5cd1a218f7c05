import type es from './es.ts';

/**
 * A message id: the English text of a message in the Spanish catalog. `t()` takes only these, and
 * de.ts must have every one of them (`satisfies Catalog`), so an untranslated text fails the
 * typecheck; i18n.test.ts checks each translation keeps the message's placeholders.
 */
export type MessageId = keyof typeof es;
export type Catalog = Record<MessageId, string>;
