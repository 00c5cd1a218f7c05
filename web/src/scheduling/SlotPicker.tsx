import { useState } from 'preact/hooks';
import { slotTime, slotsByDay } from './slots.ts';
import { t } from '../i18n/i18n.ts';

interface Props {
  /** Prefix of the controls' ids, unique on the page. */
  id: string;
  slots: readonly string[];
  value: string;
  onChange: (slot: string) => void;
}

/** A day, then one of its free times: compact at phone width, every control labelled and reachable by keyboard. */
export function SlotPicker({ id, slots, value, onChange }: Props) {
  const days = slotsByDay(slots);
  const [day, setDay] = useState(() => days.find((d) => d.slots.includes(value))?.day ?? days[0]?.day ?? '');
  if (days.length === 0) {
    return <p class="empty-state">{t('No free times in the next weeks. Please send your therapist a message.')}</p>;
  }
  const shown = days.find((d) => d.day === day) ?? days[0];
  return (
    <div class="slot-picker">
      <p class="field">
        <label for={`${id}-day`}>{t('Day')}</label>
        <select
          id={`${id}-day`}
          value={shown?.day}
          onChange={(e) => {
            setDay(e.currentTarget.value);
            onChange('');
          }}
        >
          {days.map((d) => (
            <option key={d.day} value={d.day}>
              {t('{day} ({count} free)', { day: d.label, count: d.slots.length })}
            </option>
          ))}
        </select>
      </p>
      <fieldset class="slot-times">
        <legend>{t('Time')}</legend>
        {shown?.slots.map((slot) => (
          <label key={slot} class="slot-time">
            <input
              type="radio"
              name={`${id}-time`}
              value={slot}
              checked={value === slot}
              onChange={() => onChange(slot)}
            />{' '}
            {slotTime(slot)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
