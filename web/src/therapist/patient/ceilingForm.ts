import { t } from '../../i18n/i18n.ts';

/** clinical-rules.md §13: a per-patient ceiling is 0-10 with a reason of 1-500 characters (the server checks the same). */
export const ceilingReasonMaxLength = 500;

export type CeilingInput =
  { ok: true; painCeiling: number; reason: string } | { ok: false; field: 'ceiling' | 'reason'; message: string };

export function validateCeiling(ceilingText: string, reasonText: string): CeilingInput {
  const value = Number(ceilingText.trim());
  if (ceilingText.trim() === '' || !Number.isInteger(value) || value < 0 || value > 10) {
    return { ok: false, field: 'ceiling', message: t('The ceiling is a whole number from 0 to 10.') };
  }
  const reason = reasonText.trim();
  if (reason === '') return { ok: false, field: 'reason', message: t("Give a reason for this patient's ceiling.") };
  if (reason.length > ceilingReasonMaxLength) {
    return {
      ok: false,
      field: 'reason',
      message: t('The reason is at most {max} characters.', { max: ceilingReasonMaxLength }),
    };
  }
  return { ok: true, painCeiling: value, reason };
}
