import { painWord } from './painWords.ts';
import { t } from '../i18n/i18n.ts';

interface Props {
  /** The radio group's name, also used in ids. */
  name: string;
  legend: string;
  value: number | null;
  onChange: (pain: number) => void;
  required?: boolean;
  hint?: string;
}

/** The 0-10 pain scale as eleven big radio buttons, each with its number and a plain word. */
export function PainScale({ name, legend, value, onChange, required, hint }: Props) {
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <fieldset class="pain-scale" data-pain={name} aria-describedby={hintId}>
      <legend>
        {legend}
        {required ? '' : ` ${t('(optional)')}`}
      </legend>
      {hint && (
        <p class="pain-scale__hint" id={hintId}>
          {hint}
        </p>
      )}
      <div class="pain-scale__options">
        {Array.from({ length: 11 }, (_, pain) => (
          <label class={`pain-scale__option${value === pain ? ' is-chosen' : ''}`} key={pain}>
            <input
              type="radio"
              name={name}
              value={pain}
              checked={value === pain}
              required={required}
              onChange={() => onChange(pain)}
            />
            <span class="pain-scale__number">{pain}</span>
            <span class="pain-scale__word">{painWord(pain)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
