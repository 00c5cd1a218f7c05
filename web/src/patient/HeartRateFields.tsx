import { heartRateMax, heartRateMin, parseHeartRate, type SessionFieldChange } from './sessionForm.ts';
import { t } from '../i18n/i18n.ts';

/** The optional average and highest heart rate of a session, as typed (whole numbers 30-250). */
export function HeartRateFields(props: {
  average: string;
  peak: string;
  onChange: (change: Exclude<SessionFieldChange, 'reset'>) => void;
}) {
  const { average, peak, onChange } = props;
  return (
    <fieldset class="heart-rate">
      <legend>{t('Heart rate, if you measured it (optional)')}</legend>
      <p class="field">
        <label for="session-average-hr">{t('Average (beats a minute)')}</label>
        <input
          id="session-average-hr"
          name="average-heart-rate"
          type="number"
          inputMode="numeric"
          min={heartRateMin}
          max={heartRateMax}
          step={1}
          value={average}
          aria-invalid={parseHeartRate(average) === null}
          onInput={(e) => onChange({ field: 'averageHeartRate', value: e.currentTarget.value })}
        />
      </p>
      <p class="field">
        <label for="session-peak-hr">{t('Highest (beats a minute)')}</label>
        <input
          id="session-peak-hr"
          name="peak-heart-rate"
          type="number"
          inputMode="numeric"
          min={heartRateMin}
          max={heartRateMax}
          step={1}
          value={peak}
          aria-invalid={parseHeartRate(peak) === null}
          onInput={(e) => onChange({ field: 'peakHeartRate', value: e.currentTarget.value })}
        />
      </p>
    </fieldset>
  );
}
