import { noteMaxLength } from '../api/patients.ts';
import { numberFormat, t } from '../i18n/i18n.ts';

interface Props {
  id: string;
  value: string;
  onChange: (value: string) => void;
}

/** A free-text note of at most 1,000 characters with a live counter. */
export function NoteField({ id, value, onChange }: Props) {
  const counterId = `${id}-count`;
  const left = noteMaxLength - value.length;
  const count = numberFormat();
  return (
    <p class="field note-field">
      <label for={id}>{t('Anything else you want to tell your therapist? (optional)')}</label>
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
        {t('{used} of {max} characters', { used: count.format(value.length), max: count.format(noteMaxLength) })}
      </span>
      <span class="visually-hidden" aria-live="polite">
        {left <= 100 ? t('{left} characters left', { left: count.format(left) }) : ''}
      </span>
    </p>
  );
}
