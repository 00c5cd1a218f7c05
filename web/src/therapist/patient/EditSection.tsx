import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { noProblems, problemsOf, type SaveProblems } from './recordForm.ts';
import { t } from '../../i18n/i18n.ts';

/** One save: null when stored, or problems found before sending. Throwing means the server refused it. */
export type Save = () => Promise<{ fields: Record<string, string> } | null>;

export interface FieldProblems {
  message(field: string): string | undefined;
  id(field: string): string;
  /** aria attributes that tie an input to its problem. */
  describe(field: string): { 'aria-invalid': boolean; 'aria-describedby'?: string };
}

/**
 * A form of its own for one part of the record: its save, its status, and the server's problems,
 * each beside its field (`fields` are the ones the form shows; any other goes in the alert).
 */
export function EditSection(props: {
  id: string;
  title: string;
  fields: string[];
  save: Save;
  children: (problems: FieldProblems) => ComponentChildren;
}) {
  const [problems, setProblems] = useState<SaveProblems>(noProblems);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setStatus('');
    try {
      const found = await props.save();
      setProblems(found ? { fields: found.fields, form: null } : noProblems);
      if (!found) setStatus('Saved.');
    } catch (error) {
      setProblems(problemsOf(error));
    } finally {
      setBusy(false);
    }
  };

  const id = (field: string) => `record-${props.id}-${field.replace(/\W/g, '-')}-problem`;
  const fieldProblems: FieldProblems = {
    message: (field) => problems.fields[field],
    id,
    describe: (field) =>
      problems.fields[field] !== undefined
        ? { 'aria-invalid': true, 'aria-describedby': id(field) }
        : { 'aria-invalid': false },
  };
  const elsewhere = Object.entries(problems.fields).filter(([field]) => !props.fields.includes(field));

  return (
    <form
      class="panel"
      id={`record-${props.id}`}
      aria-labelledby={`record-${props.id}-heading`}
      onSubmit={submit}
      noValidate
    >
      <h2 id={`record-${props.id}-heading`}>{props.title}</h2>
      {props.children(fieldProblems)}
      {(problems.form !== null || elsewhere.length > 0) && (
        <div class="error" role="alert">
          {problems.form !== null && <p>{problems.form}</p>}
          {elsewhere.map(([field, message]) => (
            <p key={field}>
              {field}: {message}
            </p>
          ))}
        </div>
      )}
      <button type="submit" class="button" disabled={busy}>
        {t('Save {section}', { section: props.title.toLowerCase() })}
      </button>
      <p role="status" class="status">
        {status}
      </p>
    </form>
  );
}

/** The server's (or the form's) words about one field, where the input's aria-describedby points. */
export function FieldProblem({ problem, field }: { problem: FieldProblems; field: string }) {
  const message = problem.message(field);
  if (message === undefined) return null;
  return (
    <p id={problem.id(field)} class="error">
      {message}
    </p>
  );
}
