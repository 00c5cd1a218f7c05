import type { Dosage } from '../../api/plans.ts';
import { pillarName } from '../../exercises/wording.ts';
import {
  dosageFields,
  dosageLabels,
  findingText,
  needsLoadReason,
  type DosageField,
  type EditorItem,
  type ItemFinding,
} from './editorItems.ts';
import { t } from '../../i18n/i18n.ts';

interface Props {
  item: EditorItem;
  index: number;
  count: number;
  findings: ItemFinding[];
  disabled: boolean;
  /** Rule 15: the reason for a load raised more than 10 % (asked only when the service says so). */
  loadReason: string;
  onLoadReason: (reason: string) => void;
  onChange: (item: EditorItem) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
}

/** One plan item: its place (move up/down buttons, no drag needed), section, dosage with the service's findings inline, notes. */
export function ItemEditor({
  item,
  index,
  count,
  findings,
  disabled,
  loadReason,
  onLoadReason,
  onChange,
  onMove,
  onRemove,
}: Props) {
  const id = (part: string) => `${item.key}-${part}`;
  const headingId = id('heading');
  const kindText = item.kind ? ` (${item.kind.toLowerCase()})` : '';
  const fieldFindings = (field: string) => findings.filter((f) => f.field === field);
  const otherFindings = findings.filter((f) => f.field === null || !(f.field in dosageLabels));
  const setDosage = (field: DosageField, raw: string) => {
    const value = raw.trim() === '' ? null : Number(raw);
    const dosage: Dosage = { ...item.dosage, [field]: value === null || Number.isFinite(value) ? value : null };
    onChange({ ...item, dosage });
  };

  return (
    <li class="plan-item" data-editor-item={item.exerciseId} data-editor-index={index} aria-labelledby={headingId}>
      <div class="plan-item-head">
        <h3 id={headingId}>
          <span class="visually-hidden">{t('Item {number} of {count}:', { number: index + 1, count })} </span>
          {item.exerciseName}
        </h3>
        <p class="plan-item-type">
          {pillarName(item.pillar)}
          {kindText}
        </p>
        <div class="plan-item-order" role="group" aria-label={t('Order of {name}', { name: item.exerciseName })}>
          <button
            id={`up-${item.key}`}
            type="button"
            class="button small secondary"
            disabled={disabled || index === 0}
            onClick={() => onMove(-1)}
          >
            {t('Move up')}
            <span class="visually-hidden">: {item.exerciseName}</span>
          </button>
          <button
            id={`down-${item.key}`}
            type="button"
            class="button small secondary"
            disabled={disabled || index === count - 1}
            onClick={() => onMove(1)}
          >
            {t('Move down')}
            <span class="visually-hidden">: {item.exerciseName}</span>
          </button>
          <button type="button" class="button small danger" disabled={disabled} onClick={onRemove}>
            {t('Remove')}
            <span class="visually-hidden">: {item.exerciseName}</span>
          </button>
        </div>
      </div>

      {otherFindings.length > 0 && (
        <ul class="findings">
          {otherFindings.map((f, i) => (
            <li key={i} class={f.blocks ? 'finding blocking' : 'finding'}>
              {findingText(f)}
            </li>
          ))}
        </ul>
      )}

      <p class="field">
        <label for={id('section')}>{t('Section heading')}</label>
        <input
          id={id('section')}
          type="text"
          maxLength={80}
          value={item.section}
          onInput={(e) => onChange({ ...item, section: e.currentTarget.value })}
        />
      </p>

      <fieldset class="dosage">
        <legend>{t('Dosage')}</legend>
        {dosageFields(item).map((field) => {
          const here = fieldFindings(field);
          const value = item.dosage[field];
          const messageId = here.length > 0 ? id(`${field}-findings`) : undefined;
          return (
            <div class={here.some((f) => f.blocks) ? 'dosage-field has-error' : 'dosage-field'} key={field}>
              <label for={id(field)}>{t(dosageLabels[field])}</label>
              <input
                id={id(field)}
                type="number"
                inputMode={field === 'loadKg' ? 'decimal' : 'numeric'}
                step={field === 'loadKg' ? '0.01' : '1'}
                value={value === null || value === undefined ? '' : String(value)}
                aria-invalid={here.some((f) => f.blocks) ? 'true' : undefined}
                aria-describedby={messageId}
                onInput={(e) => setDosage(field, e.currentTarget.value)}
              />
              {here.length > 0 && (
                <ul id={messageId} class="findings" data-field-findings={field}>
                  {here.map((f, i) => (
                    <li key={i} class={f.blocks ? 'finding blocking' : 'finding'}>
                      {findingText(f)}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </fieldset>

      {needsLoadReason(findings) && (
        <p class="field load-reason">
          <label for={id('load-reason')}>{t('Why the higher load? (required to publish)')}</label>
          <input
            id={id('load-reason')}
            type="text"
            maxLength={500}
            required
            value={loadReason}
            data-load-reason={item.key}
            onInput={(e) => onLoadReason(e.currentTarget.value)}
          />
        </p>
      )}

      <p class="field">
        <label for={id('notes')}>{t('Notes for the patient')}</label>
        <textarea
          id={id('notes')}
          rows={2}
          maxLength={1000}
          value={item.notes}
          onInput={(e) => onChange({ ...item, notes: e.currentTarget.value })}
        />
      </p>
    </li>
  );
}
