import { noteMaxLength } from '../api/patients.ts';

interface Props {
  id: string;
  value: string;
  onChange: (value: string) => void;
}

const count = new Intl.NumberFormat();

/** A free-text note of at most 1,000 characters with a live counter. */
export function NoteField({ id, value, onChange }: Props) {
  const counterId = `${id}-count`;
  const left = noteMaxLength - value.length;
  return (
    <p class="field note-field">
      <label for={id}>Anything else you want to tell your therapist? (optional)</label>
      <textarea
        id={id}
        name={id}
        rows={3}
        maxLength={noteMaxLength}
        value={value}
        aria-describedby={counterId}
        onInput={(e) => onChange(e.currentTarget.value.slice(0, noteMaxLength))}
      />
      <span id={counterId} class="note-field__count" data-field="note-count">
        {count.format(value.length)} of {count.format(noteMaxLength)} characters
      </span>
      <span class="visually-hidden" aria-live="polite">
        {left <= 100 ? `${count.format(left)} characters left` : ''}
      </span>
    </p>
  );
}
