import type { RedFlag } from '../api/patients.ts';
import { redFlagQuestions } from './redFlags.ts';
import { t } from '../i18n/i18n.ts';

interface Props {
  /** Prefix of ids and names ("daily", "session"). */
  name: string;
  /** The codes answered yes; [] = "none of these"; null = not answered yet. */
  value: RedFlag[] | null;
  onChange: (value: RedFlag[] | null) => void;
  /** Id of a message that says what is missing. */
  errorId?: string | undefined;
}

/**
 * clinical-rules.md §16: the red-flag questions, one tap each (a checkbox per question), with a clear
 * "None of these". Ticking a question clears "None of these" and the other way round.
 */
export function RedFlagQuestions({ name, value, onChange, errorId }: Props) {
  const chosen = new Set(value ?? []);
  const toggle = (code: RedFlag, on: boolean) => {
    const next = redFlagQuestions.map((q) => q.code).filter((c) => (c === code ? on : chosen.has(c)));
    onChange(next.length > 0 ? next : null);
  };
  return (
    <fieldset class="red-flags" id={`${name}-red-flags`} data-testid={`${name}-red-flags`} aria-describedby={errorId}>
      <legend>{t('Since your last check-in, have you had any of these? Tick each one you have had.')}</legend>
      <ul class="red-flags__options">
        {redFlagQuestions.map((q) => (
          <li key={q.code}>
            <label class="red-flags__option">
              <input
                type="checkbox"
                name={`${name}-red-flag`}
                value={q.code}
                data-red-flag={q.code}
                checked={chosen.has(q.code)}
                onChange={(e) => toggle(q.code, e.currentTarget.checked)}
              />{' '}
              {t(q.question)}
            </label>
          </li>
        ))}
        <li>
          <label class="red-flags__option red-flags__none">
            <input
              type="checkbox"
              name={`${name}-red-flag-none`}
              value="NONE"
              data-red-flag="NONE"
              checked={value !== null && value.length === 0}
              onChange={(e) => onChange(e.currentTarget.checked ? [] : null)}
            />{' '}
            {t('None of these')}
          </label>
        </li>
      </ul>
    </fieldset>
  );
}
