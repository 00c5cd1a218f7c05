import { t } from '../i18n/i18n.ts';
/** The sentence to show for a failed call: the problem's detail, else its title, else the error's message. */
export function messageOf(e: unknown): string {
  if (e && typeof e === 'object' && 'problem' in e) {
    const problem = (e as { problem: { title: string; detail?: string | null } }).problem;
    return problem.detail ?? problem.title;
  }
  return e instanceof Error ? e.message : t('Something went wrong.');
}

/**
 * Which of `fields` a failed call's problem is about, and what it says: a validation problem's
 * violations name their field; a 400's detail starts with it ("limit must be ..."). Else no field.
 */
export function fieldProblem(e: unknown, fields: readonly string[]): { field: string | null; text: string } {
  const text = messageOf(e);
  if (e && typeof e === 'object' && 'problem' in e) {
    const extensions = (e as { problem: { extensions?: Record<string, unknown> } }).problem.extensions ?? {};
    const violations = extensions['violations'];
    if (Array.isArray(violations)) {
      for (const violation of violations as { field?: unknown; message?: unknown }[]) {
        const field = typeof violation.field === 'string' ? violation.field.replace(/^.*\./, '') : '';
        if (fields.includes(field)) {
          return { field, text: typeof violation.message === 'string' ? violation.message : text };
        }
      }
    }
  }
  const field = fields.find((name) => text.startsWith(`${name} `));
  return { field: field ?? null, text };
}
